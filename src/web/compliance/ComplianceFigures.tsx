// The compliance report of a year: the norms per category and per professional as charts first,
// then the tables, each closed until asked for. A chart's row opens its table at that line.
import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setUpFirstPage } from '../../core/servicing/set-up-first.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import type { Category } from '../choosing/queries.ts';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CategoryFourPs } from './CategoryFourPs.tsx';
import type { ComplianceReport } from './complianceQueries.ts';
import { ComplianceTable, type RowFocus } from './ComplianceTable.tsx';
import { FoldedSection } from './FoldedSection.tsx';
import { NormsChart } from './NormsChart.tsx';
import { ShortfallClients } from './ShortfallClients.tsx';

type Part = 'categories' | 'professionals' | 'fourPs' | 'shortfalls';
type Gap = NonNullable<ComplianceReport['setUpFirst']>;

export function ComplianceFigures({
  report,
  categories,
  fiscalYear,
}: {
  report: ComplianceReport;
  categories: readonly Pick<Category, 'key' | 'name'>[];
  fiscalYear: number | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<Part>>(() => new Set());
  const [focus, setFocus] = useState<(RowFocus & { table: Part }) | null>(null);
  const toggle = (part: Part) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(part)) next.add(part);
      return next;
    });
  const openAt = (table: Part) => (key: string) => {
    setOpen((old) => new Set(old).add(table));
    setFocus({ table, key, at: Date.now() });
  };
  const focusIn = (table: Part) => (focus?.table === table ? focus : null);
  const label = (key: string | null) =>
    key === null ? t('compliance.noCategory') : categoryLabel(key, categories, t);

  if (report.firm.clients === 0)
    return (
      <Paper withBorder p="lg">
        <Text size="sm" c="dimmed">
          {t('compliance.empty')}
        </Text>
      </Paper>
    );
  const categoryRows = report.categories.map((category) => ({
    key: category.categoryKey ?? 'none',
    label: label(category.categoryKey),
    figures: category,
  }));
  const professionalRows = report.professionals.map((professional) => ({
    key: professional.userId,
    label: professional.name,
    figures: professional,
  }));
  const hidden = report.shortfallClientCount - report.shortfallClients.length;
  return (
    <Stack gap="lg">
      <Text size="sm" data-testid="compliance-period">
        {t(report.judgedAt < report.to ? 'compliance.periodRunning' : 'compliance.periodOver', {
          from: formatDate(report.from, language),
          to: formatDate(report.to, language),
          judgedAt: formatDate(report.judgedAt, language),
        })}{' '}
        <Text span fw={600}>
          {t('compliance.deliveredSummary', {
            delivered: report.firm.delivered,
            count: report.firm.clients,
          })}
        </Text>
      </Text>
      {report.setUpFirst ? (
        <SetUpFirst gap={report.setUpFirst} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <NormsChart
            title={t('compliance.chart.perCategory')}
            testId="norms-categories"
            rows={categoryRows.map(({ key, label, figures }) => ({
              key,
              label,
              norms: figures.norms,
            }))}
            firm={report.firm.norms}
            onOpen={openAt('categories')}
            empty={t('compliance.empty')}
          />
          <NormsChart
            title={t('compliance.chart.perProfessional')}
            testId="norms-professionals"
            rows={professionalRows.map(({ key, label, figures }) => ({
              key,
              label,
              norms: figures.norms,
            }))}
            firm={report.firm.norms}
            onOpen={openAt('professionals')}
            empty={t('compliance.noProfessionals')}
          />
        </SimpleGrid>
      )}
      <FoldedSection
        title={t('compliance.perCategory')}
        testId="compliance-categories-section"
        open={open.has('categories')}
        onToggle={() => toggle('categories')}
      >
        <ComplianceTable
          testId="compliance-categories"
          name={t('compliance.perCategory')}
          firstColumn={t('compliance.columns.category')}
          firm={report.firm}
          rows={categoryRows}
          focus={focusIn('categories')}
        />
      </FoldedSection>
      <FoldedSection
        title={t('compliance.perProfessional')}
        testId="compliance-professionals-section"
        open={open.has('professionals')}
        onToggle={() => toggle('professionals')}
      >
        {professionalRows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('compliance.noProfessionals')}
          </Text>
        ) : (
          <ComplianceTable
            testId="compliance-professionals"
            name={t('compliance.perProfessional')}
            firstColumn={t('compliance.columns.professional')}
            firm={report.firm}
            rows={professionalRows}
            focus={focusIn('professionals')}
          />
        )}
      </FoldedSection>
      <FoldedSection
        title={t('compliance.fourPs.title')}
        description={t('compliance.fourPs.intro')}
        testId="compliance-four-ps-section"
        open={open.has('fourPs')}
        onToggle={() => toggle('fourPs')}
      >
        <CategoryFourPs fiscalYear={fiscalYear} categories={categories} />
      </FoldedSection>
      <FoldedSection
        title={t('compliance.shortfallTitle', { count: report.shortfallClientCount })}
        testId="compliance-shortfalls-section"
        open={open.has('shortfalls')}
        onToggle={() => toggle('shortfalls')}
      >
        <Stack gap="xs">
          {report.shortfallClients.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="compliance-all-delivered">
              {t('compliance.allDelivered')}
            </Text>
          ) : (
            <ShortfallClients
              clients={report.shortfallClients}
              label={label}
              title={t('compliance.shortfallTitle', { count: report.shortfallClientCount })}
            />
          )}
          {hidden > 0 && (
            <Text size="xs" c="dimmed">
              {t('compliance.moreShortfalls', { count: hidden })}
            </Text>
          )}
        </Stack>
      </FoldedSection>
    </Stack>
  );
}

/** Without categories or service concepts no norm is judged: the step to take first. */
function SetUpFirst({ gap }: { gap: Gap }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-testid="compliance-set-up-first">
      <Stack gap="xs" align="flex-start">
        <Text fw={500}>{t(`compliance.setUpFirst.${gap}.title`)}</Text>
        <Text size="sm" c="dimmed" maw={680}>
          {t(`compliance.setUpFirst.${gap}.text`)}
        </Text>
        <Button component={Link} to={setUpFirstPage[gap]} size="xs">
          {t(`compliance.setUpFirst.${gap}.action`)}
        </Button>
      </Stack>
    </Paper>
  );
}
