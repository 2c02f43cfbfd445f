// The report of a check or an import: the figures, the totals rows left out, the clients, and
// the rows refused with their reasons.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { KeyFigure } from '../shared/KeyFigure.tsx';
import { ImportCustomers } from './ImportCustomers.tsx';
import { ImportRefusedRows } from './ImportRefusedRows.tsx';
import type { ImportSummary } from './importReport.ts';

export function ImportReportSection({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const n = (value: number) => formatNumber(value, language);
  const done = summary.written;
  const toWrite =
    summary.kind === 'revenue'
      ? t(done ? 'imports.report.linesWritten' : 'imports.report.linesToWrite')
      : t(done ? 'imports.report.assignmentsWritten' : 'imports.report.assignmentsToWrite');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-report-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="import-report-title">
          {done ? t('imports.report.titleDone') : t('imports.report.title')}
        </Title>
        <SimpleGrid
          cols={{ base: 2, sm: 3, lg: summary.revenueCents === null ? 5 : 6 }}
          spacing="sm"
        >
          <KeyFigure label={t('imports.report.rowsRead')} value={n(summary.rowsRead)} />
          <KeyFigure label={toWrite} value={n(summary.toWrite)} />
          {summary.revenueCents !== null && (
            <KeyFigure
              label={done ? t('imports.report.revenueWritten') : t('imports.report.revenue')}
              value={formatMoney(summary.revenueCents, currency, language)}
            />
          )}
          <KeyFigure label={t('imports.report.alreadyPresent')} value={n(summary.alreadyPresent)} />
          <KeyFigure label={t('imports.report.skipped')} value={n(summary.rowsSkipped)} />
          <KeyFigure label={t('imports.report.refused')} value={n(summary.rowsRefused)} />
        </SimpleGrid>
        {!done &&
          summary.toWrite === 0 &&
          summary.alreadyPresent > 0 &&
          summary.paymentsUpdated === 0 && <Text>{t('imports.report.nothingNew')}</Text>}
        {summary.paymentsUpdated > 0 && (
          <Text data-testid="import-payments-updated">
            {t(done ? 'imports.report.paymentsUpdated' : 'imports.report.paymentsToUpdate', {
              count: summary.paymentsUpdated,
              formattedCount: n(summary.paymentsUpdated),
            })}
          </Text>
        )}
        {summary.skipped.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('imports.report.skippedRows', {
              rows: summary.skipped.map((problem) => problem.rowNumber).join(', '),
            })}
          </Text>
        )}
        <ImportCustomers summary={summary} />
        {summary.refused.length > 0 && <ImportRefusedRows summary={summary} />}
      </Stack>
    </Paper>
  );
}
