// Compliance figures side by side, a row per category or per professional, with the firm's total
// under them: clients delivered, contacts overdue and on track, requests within their norms and
// the yearly duties done, and the running assignments with a second professional. A chart's row
// opening the table brings its line into view and gives it the focus.
import { Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/index.ts';
import type { en } from '../i18n/en.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import type { ComplianceRollup } from './complianceQueries.ts';
import { averageDaysText, deliveredText, ofText, withinNormText } from './complianceWords.ts';

export type ComplianceRow = { key: string; label: ReactNode; figures: ComplianceRollup };
/** The line asked for, and when: asking twice for the same line brings it back into view. */
export type RowFocus = { key: string; at: number };

const numeric = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } } as const;

export function ComplianceTable({
  rows,
  firm,
  firstColumn,
  testId,
  name,
  focus = null,
}: {
  /** What the table shows, to name its scroller. */
  name: string;
  rows: ComplianceRow[];
  firm: ComplianceRollup;
  firstColumn: string;
  testId: string;
  focus?: RowFocus | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!focus) return;
    const line = [...(body.current?.rows ?? [])].find((row) => row.dataset.row === focus.key);
    line?.focus({ preventScroll: true });
    line?.scrollIntoView({ block: 'center' });
  }, [focus]);
  const line = (row: ComplianceRow, total = false) => {
    const f = row.figures;
    return (
      <Table.Tr
        key={row.key}
        fw={total ? 600 : undefined}
        data-testid={`${testId}-${row.key}`}
        data-row={row.key}
        tabIndex={-1}
        className="compliance-row"
        aria-current={focus?.key === row.key ? 'true' : undefined}
      >
        <Table.Td>{row.label}</Table.Td>
        <Table.Td {...numeric}>{f.clients}</Table.Td>
        <Table.Td {...numeric}>{deliveredText(f.delivered, f.clients, language)}</Table.Td>
        <Table.Td {...numeric} c={f.contactOverdue > 0 ? 'red.8' : undefined}>
          {ofText(f.contactOverdue, f.withInterval)}
        </Table.Td>
        <Table.Td {...numeric}>{ofText(f.contactsOnTrack, f.withMinimum)}</Table.Td>
        <Table.Td {...numeric}>{withinNormText(f.callBacks, language)}</Table.Td>
        <Table.Td {...numeric}>{averageDaysText(f.callBacks, language)}</Table.Td>
        <Table.Td {...numeric}>{withinNormText(f.proposals, language)}</Table.Td>
        <Table.Td {...numeric}>{averageDaysText(f.proposals, language)}</Table.Td>
        <Table.Td {...numeric}>{ofText(f.dutiesDone, f.dutiesRequired)}</Table.Td>
        <Table.Td
          {...numeric}
          c={f.assignmentsCovered < f.assignmentsRunning ? 'red.8' : undefined}
        >
          {ofText(f.assignmentsCovered, f.assignmentsRunning)}
        </Table.Td>
      </Table.Tr>
    );
  };
  const head = (key: keyof typeof en.compliance.columnHelp) => (
    <Tooltip label={t(`compliance.columnHelp.${key}`)} multiline w={260} withArrow>
      <Text span size="sm" fw={600} style={{ cursor: 'help' }}>
        {t(`compliance.columns.${key}`)}
      </Text>
    </Tooltip>
  );
  return (
    <ScrollTable label={name} minWidth={1040}>
      <Table verticalSpacing={6} fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{firstColumn}</Table.Th>
            <Table.Th ta="right">{head('clients')}</Table.Th>
            <Table.Th ta="right">{head('delivered')}</Table.Th>
            <Table.Th ta="right">{head('contactOverdue')}</Table.Th>
            <Table.Th ta="right">{head('contactsOnTrack')}</Table.Th>
            <Table.Th ta="right">{head('callBacks')}</Table.Th>
            <Table.Th ta="right">{head('callBackDays')}</Table.Th>
            <Table.Th ta="right">{head('proposals')}</Table.Th>
            <Table.Th ta="right">{head('proposalDays')}</Table.Th>
            <Table.Th ta="right">{head('duties')}</Table.Th>
            <Table.Th ta="right">{head('secondProfessional')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {rows.map((row) => line(row))}
          {line({ key: 'firm', label: t('compliance.firm'), figures: firm }, true)}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
