// The file's first rows under its headers, each column marked with the field it is read as.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnCount, columnName, fieldsByColumn } from './importColumns.ts';
import type { ImportField } from './importFields.ts';
import type { ImportTable } from './queries.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

export function ImportPreview(props: { table: ImportTable; mapping: Record<string, number> }) {
  const { t } = useTranslation();
  const { table } = props;
  const columns = Array.from({ length: columnCount(table) }, (_, index) => index);
  const fieldAt = fieldsByColumn(props.mapping);
  const unnamed = (letter: string) => t('imports.table.column', { number: letter });

  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id="import-preview-title">
        {t('imports.table.preview')}
      </Title>
      {table.preview.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.table.empty')}
        </Text>
      ) : (
        <ScrollRegion
          labelledBy="import-preview-title"
          style={{ overflowX: 'auto', maxHeight: 420 }}
        >
          <Table striped withTableBorder fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="numeric">{t('imports.table.row')}</Table.Th>
                {columns.map((index) => {
                  const field = fieldAt.get(index);
                  return (
                    <Table.Th key={index} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <Stack gap={2}>
                        <span>{columnName(table, index, unnamed)}</span>
                        {field && (
                          <Badge size="xs" variant="light" color="teal" tt="none">
                            {t(`imports.fields.${field as ImportField}`)}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.preview.map((row) => (
                <Table.Tr key={row.rowNumber}>
                  <Table.Td className="numeric">{row.rowNumber}</Table.Td>
                  {columns.map((index) => (
                    <Table.Td key={index} style={{ whiteSpace: 'nowrap' }}>
                      {row.cells[index] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
