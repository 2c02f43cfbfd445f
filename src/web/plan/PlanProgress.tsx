// A year's revenue so far against its plan: the target spread evenly over the year, as bars
// beside a table.
import { Badge, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import { Section } from '../ui/Section.tsx';
import type { Plan } from './queries.ts';

export function PlanProgress({
  plan,
  yearLabel,
  currency,
}: {
  plan: Plan;
  yearLabel: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (cents: number) => formatMoney(cents, currency, language);
  const { progress } = plan;
  const against = progress.againstPlan;

  const content = () => {
    if (plan.plan && progress.noRevenueYet) {
      return <Text size="sm">{t('plan.progress.noRevenueYet', { year: yearLabel })}</Text>;
    }
    if (!plan.plan || !against || plan.plan.targetCents === null) {
      return <Text size="sm">{t('plan.progress.noPlan', { year: yearLabel })}</Text>;
    }
    const targetCents = plan.plan.targetCents;
    const scale = Math.max(targetCents, progress.actualSoFarCents, 1);
    const bars = [
      { key: 'target', cents: targetCents, color: 'gray.6' },
      { key: 'expected', cents: against.expectedSoFarCents, color: 'blue.7' },
      {
        key: 'actual',
        cents: progress.actualSoFarCents,
        color: against.onTrack ? 'teal.8' : 'orange.8',
      },
    ] as const;
    const reached = against.targetReached
      ? against.targetReached.numerator / against.targetReached.denominator
      : null;
    return (
      <Stack gap="md">
        <Text size="sm">
          {progress.basis === 'yearly_figures'
            ? t('plan.progress.introOver')
            : t('plan.progress.intro', {
                date: formatDate(progress.asOf, language),
                elapsed: formatPercent(progress.fractionOfYearElapsed, language, { digits: 0 }),
              })}
          {plan.plan.source === 'proposal' &&
            ` ${t('plan.progress.againstProposal', { year: yearLabel })}`}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm" role="img" aria-label={t('plan.progress.chart', { year: yearLabel })}>
            {bars.map((bar) => (
              <div key={bar.key}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{t(`plan.progress.${bar.key}`)}</Text>
                  <Text size="sm" fw={600}>
                    {money(bar.cents)}
                  </Text>
                </Group>
                <Progress
                  value={(Math.max(bar.cents, 0) / scale) * 100}
                  color={bar.color}
                  size="lg"
                  radius="sm"
                  aria-hidden="true"
                />
              </div>
            ))}
          </Stack>
          <Table className="bridge-table">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('plan.progress.target')}</Table.Th>
                <Table.Td className="numeric">{money(targetCents)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('plan.progress.expected')}</Table.Th>
                <Table.Td className="numeric">{money(against.expectedSoFarCents)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('plan.progress.actual')}</Table.Th>
                <Table.Td className="numeric">{money(progress.actualSoFarCents)}</Table.Td>
              </Table.Tr>
              <Table.Tr className="bridge-sum">
                <Table.Th scope="row">{t('plan.progress.difference')}</Table.Th>
                <Table.Td className="numeric">
                  {signedMoney(against.differenceCents, currency, language)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </SimpleGrid>
        <Group gap="sm">
          <Badge color={against.onTrack ? 'teal' : 'red'} variant="light" tt="none">
            {against.onTrack ? t('plan.progress.onTrack') : t('plan.progress.behind')}
          </Badge>
          {reached !== null && (
            <Text size="sm">
              {t('plan.progress.reached', {
                share: formatPercent(reached, language, { digits: 0 }),
              })}
            </Text>
          )}
        </Group>
      </Stack>
    );
  };

  return (
    <Section title={t('plan.progress.title', { year: yearLabel })} landmark>
      {content()}
    </Section>
  );
}
