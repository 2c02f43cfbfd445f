// The satisfaction report of a fiscal year (method.md §7, §14) as the API and the CLI give it: per
// category and per relationship manager the evaluations, their average scores, the share of each
// intention and the response rate over the assignments that ended; then the ones not evaluated.
import type { TFunction } from 'i18next';
import { Anchor, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import { trustIntentions } from '../../core/satisfaction/evaluation.ts';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { useSchemes } from '../choosing/queries.ts';
import { formatBasisPoints, formatDate, type Language } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useSatisfactionReport, type SatisfactionReport } from './satisfactionQueries.ts';

const yearsShown = 5;

type Figures = SatisfactionReport['firm'];

export function SatisfactionReportSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSession();
  const startMonth = workspace.fiscalYearStartMonth;
  const [params, setParams] = useSearchParams();
  // the years to choose from end at the year of today: a later one has not begun
  const latest = fiscalYearOf(useFirmToday(), startMonth);
  const asked = Number(params.get('year'));
  const fiscalYear = Number.isInteger(asked) && asked >= 1000 && asked < latest ? asked : undefined;
  const report = useSatisfactionReport(fiscalYear);
  const schemes = useSchemes();
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const data = report.data;
  const yearLabel = fiscalYearLabel(fiscalYear ?? latest, startMonth);

  const yearPicker = (
    <Select
      label={t('satisfaction.report.year')}
      w={140}
      allowDeselect={false}
      data={Array.from({ length: yearsShown }, (_, i) => ({
        value: String(latest - i),
        label: fiscalYearLabel(latest - i, startMonth),
      }))}
      value={String(fiscalYear ?? latest)}
      onChange={(value) =>
        setParams(
          (old) => {
            const next = new URLSearchParams(old);
            if (value === null || Number(value) === latest) next.delete('year');
            else next.set('year', value);
            return next;
          },
          { replace: true },
        )
      }
    />
  );

  return (
    <Section
      title={t('satisfaction.report.title')}
      description={t('satisfaction.report.intro')}
      actions={yearPicker}
      testId="satisfaction-report"
      landmark
    >
      {!data ? (
        report.error ? (
          <LoadFailed error={report.error} retry={() => void report.refetch()} />
        ) : (
          <Loading />
        )
      ) : data.firm.evaluations === 0 && data.firm.assignmentsEnded === 0 ? (
        <Text size="sm" c="dimmed">
          {t('satisfaction.report.empty', { year: yearLabel })}
        </Text>
      ) : (
        <Stack gap="lg">
          <Text size="sm" data-testid="satisfaction-report-summary">
            {summary(data.firm, t, language)}
          </Text>
          <FiguresTable
            label={t('satisfaction.report.byCategory')}
            first={t('satisfaction.report.category')}
            rows={[
              ...data.categories.map((group) => ({
                key: group.categoryKey ?? '',
                label:
                  group.categoryKey === null
                    ? t('satisfaction.report.noCategory')
                    : categoryLabel(group.categoryKey, categories, t),
                figures: group,
              })),
              { key: 'firm', label: t('satisfaction.report.firm'), figures: data.firm, bold: true },
            ]}
          />
          <FiguresTable
            label={t('satisfaction.report.byProfessional')}
            first={t('satisfaction.report.professional')}
            rows={data.professionals.map((group) => ({
              key: group.userId ?? '',
              label: group.name ?? t('satisfaction.report.noManager'),
              figures: group,
            }))}
          />
          <Stack gap={4} data-testid="satisfaction-not-evaluated">
            <Title order={3} size="h6">
              {data.notEvaluated.length === 0
                ? t('satisfaction.report.notEvaluatedTitle')
                : t('satisfaction.report.notEvaluated', { count: data.notEvaluated.length })}
            </Title>
            {data.notEvaluated.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('satisfaction.report.allEvaluated', { year: yearLabel })}
              </Text>
            ) : (
              <CardTable verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('satisfaction.columns.assignment')}</Table.Th>
                    <Table.Th>{t('satisfaction.columns.client')}</Table.Th>
                    <Table.Th>{t('satisfaction.columns.endDate')}</Table.Th>
                    <Table.Th>{t('satisfaction.columns.deadline')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.notEvaluated.map((item) => (
                    <Table.Tr key={item.assignmentId} data-testid="not-evaluated-row">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {item.title}
                        </Text>
                      </Table.Td>
                      <Table.Td data-label={t('satisfaction.columns.client')}>
                        <Anchor
                          component={Link}
                          to={`/organizations/${item.organizationId}`}
                          size="sm"
                        >
                          {item.organizationName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td
                        data-label={t('satisfaction.columns.endDate')}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {formatDate(item.endDate, language)}
                      </Table.Td>
                      <Table.Td data-label={t('satisfaction.columns.deadline')}>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(item.deadline, language)}
                        </Text>
                        {item.daysOverdue > 0 && (
                          <Text size="xs" c="red.8" fw={500}>
                            {t('worklist.daysOverdue', { count: item.daysOverdue })}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </CardTable>
            )}
          </Stack>
        </Stack>
      )}
    </Section>
  );
}

type Translate = TFunction;

const score = (value: number | null, language: Language) =>
  value === null
    ? '—'
    : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);

const share = (basisPoints: number | null | undefined, language: Language) =>
  basisPoints === null || basisPoints === undefined
    ? '—'
    : formatBasisPoints(basisPoints, language, 0);

function summary(firm: Figures, t: Translate, language: Language): string {
  return t('satisfaction.report.summary', {
    count: firm.evaluations,
    overall: score(firm.averageOverall, language),
    recommend: score(firm.averageRecommend, language),
    evaluated: firm.assignmentsEvaluated,
    ended: firm.assignmentsEnded,
    rate: share(firm.responseRateBasisPoints, language),
  });
}

function FiguresTable(props: {
  label: string;
  first: string;
  rows: { key: string; label: string; figures: Figures; bold?: boolean }[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {props.label}
      </Title>
      <ScrollTable label={props.label} minWidth={880}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{props.first}</Table.Th>
              <Table.Th style={right}>{t('satisfaction.report.evaluations')}</Table.Th>
              <Table.Th style={right}>{t('satisfaction.report.averageOverall')}</Table.Th>
              <Table.Th style={right}>{t('satisfaction.report.averageRecommend')}</Table.Th>
              {trustIntentions.map((intention) => (
                <Table.Th key={intention} style={right}>
                  {t(`satisfaction.trust.${intention}`)}
                </Table.Th>
              ))}
              <Table.Th style={right}>{t('satisfaction.report.evaluated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map(({ key, label, figures, bold }) => (
              <Table.Tr key={key} fw={bold ? 600 : undefined} data-testid="satisfaction-report-row">
                <Table.Td>{label}</Table.Td>
                <Table.Td style={right}>{figures.evaluations}</Table.Td>
                <Table.Td style={right}>{score(figures.averageOverall, language)}</Table.Td>
                <Table.Td style={right}>{score(figures.averageRecommend, language)}</Table.Td>
                {trustIntentions.map((intention) => (
                  <Table.Td key={intention} style={right}>
                    {share(figures.trustShareBasisPoints?.[intention], language)}
                  </Table.Td>
                ))}
                <Table.Td style={right}>
                  {t('satisfaction.report.evaluatedOf', {
                    evaluated: figures.assignmentsEvaluated,
                    ended: figures.assignmentsEnded,
                    rate: share(figures.responseRateBasisPoints, language),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
