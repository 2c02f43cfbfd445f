// A client's figures on its page: revenue in the last ten fiscal years as a small chart, its share
// and ABC class in the portfolio's year (the portfolio's own figures), and the service norms it
// is judged by now, and its newest assignments. The chart is hidden from screen readers; the same years are listed for them.
import { Group, List, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { useSchemes } from '../choosing/queries.ts';
import { formatDate, formatMoney, formatMoneyCompact } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { AbcBadge } from '../portfolio/AbcBadge.tsx';
import { chartColors } from '../shared/chartColors.ts';
import { formatShare } from '../shared/share.ts';
import { normSummary } from '../servicing/serviceNorms.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

export function ClientFiguresSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const schemes = useSchemes();
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const figures = useQuery({
    queryKey: ['organizations', 'figures', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/figures', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
  const money = (cents: number) => formatMoney(cents, currency, language);

  return (
    <Section title={t('clientFigures.title')} landmark>
      {figures.isPending ? (
        <Loading />
      ) : figures.error ? (
        <LoadFailed error={figures.error} retry={() => void figures.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('clientFigures.revenuePerYear')}
            </Text>
            <div aria-hidden="true">
              <BarChart
                data={figures.data.revenue.map((year) => ({
                  label: String(year.fiscalYear),
                  cents: year.revenueCents,
                }))}
                responsive
                style={{ width: '100%', height: 180 }}
                margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} vertical={false} />
                <XAxis dataKey="label" tick={{ fill: chartColors.text, fontSize: 11 }} />
                <YAxis
                  width={64}
                  tickFormatter={(cents: number) => formatMoneyCompact(cents, currency, language)}
                  tick={{ fill: chartColors.text, fontSize: 11 }}
                />
                <Tooltip formatter={(cents) => money(Number(cents))} />
                <Bar dataKey="cents" fill={chartColors.primary} />
              </BarChart>
            </div>
            <VisuallyHidden>
              <ul>
                {figures.data.revenue.map((year) => (
                  <li key={year.fiscalYear}>
                    {year.fiscalYear}: {money(year.revenueCents)}
                  </li>
                ))}
              </ul>
            </VisuallyHidden>
          </Stack>
          <Stack gap="sm">
            <Group gap="xl">
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('clientFigures.share', { year: figures.data.year })}
                </Text>
                <Text fw={600}>
                  {figures.data.basisPoints === null
                    ? '—'
                    : formatShare(figures.data.basisPoints, language)}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('clientFigures.abcClass', { year: figures.data.year })}
                </Text>
                <span>
                  <AbcBadge abcClass={figures.data.abcClass} />
                </span>
              </Stack>
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {figures.data.category
                  ? t('clientFigures.normsOf', {
                      category: categoryLabel(figures.data.category, categories, t),
                    })
                  : t('clientFigures.defaultNorms')}
              </Text>
              <List size="sm" spacing={2}>
                {normSummary(figures.data.norms, t).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('clientFigures.assignments')}
              </Text>
              {figures.data.assignments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('clientFigures.noAssignments')}
                </Text>
              ) : (
                <List size="sm" spacing={2}>
                  {figures.data.assignments.map((assignment) => (
                    <List.Item key={assignment.id}>
                      {[
                        assignment.title,
                        assignment.serviceLine,
                        [assignment.startDate, assignment.endDate]
                          .filter(Boolean)
                          .map((day) => formatDate(day, language))
                          .join(' – '),
                        assignment.feeCents === null ? null : money(assignment.feeCents),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Stack>
        </SimpleGrid>
      )}
    </Section>
  );
}
