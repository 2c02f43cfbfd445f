// The rows the import leaves out, with the column and the reason, to correct in the export;
// the whole list downloads as CSV or Excel.
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { refusedRowsTable, type ImportSummary } from './importReport.ts';
import { useImportReasons } from './useImportReasons.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const shown = 200;

export function ImportRefusedRows({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { fieldLabel, reasonText } = useImportReasons();
  const rows = summary.refused;
  // the lines of unknown clients are refused too, but listed with the clients
  const total = summary.rowsRefused - summary.customers.unknownLines;

  return (
    <Stack gap="xs" component="section" aria-labelledby="import-refused-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={3} size="h5" id="import-refused-title">
            {t('imports.refused.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.refused.intro')}
          </Text>
        </Stack>
        <ExportMenu
          table={() => refusedRowsTable(rows, { t, fieldLabel, reasonText })}
          fileName={t('imports.refused.fileName', { file: summary.kind })}
        />
      </Group>
      <ScrollRegion labelledBy="import-refused-title" style={{ overflow: 'auto', maxHeight: 360 }}>
        <Table striped withTableBorder fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="numeric">{t('imports.refused.row')}</Table.Th>
              <Table.Th>{t('imports.refused.field')}</Table.Th>
              <Table.Th>{t('imports.refused.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, shown).map((problem, index) => (
              <Table.Tr key={`${problem.rowNumber}-${index}`}>
                <Table.Td className="numeric">{problem.rowNumber}</Table.Td>
                <Table.Td>{problem.field ? fieldLabel(problem.field) : ''}</Table.Td>
                <Table.Td>{reasonText(problem)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {total > Math.min(rows.length, shown) && (
        <Text size="sm" c="dimmed">
          {t('imports.refused.shown', {
            formattedShown: formatNumber(Math.min(rows.length, shown), language),
            formattedTotal: formatNumber(total, language),
          })}
        </Text>
      )}
    </Stack>
  );
}
