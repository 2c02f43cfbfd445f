// The plan as a revenue bridge: last year's revenue, plus growth and new clients, less the
// expected loss, is the target. It follows the amounts as they are typed.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planStartMissing } from '../../core/portfolio/plan.ts';
import { formatMoney, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import { Section } from '../ui/Section.tsx';

export function PlanTarget(props: {
  startCents: number;
  startComplete: boolean;
  amounts: { existingGrowthCents: number; newClientsCents: number; expectedLossCents: number };
  yearLabel: string;
  previousLabel: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { amounts, startCents, currency } = props;
  const growthCents =
    amounts.existingGrowthCents + amounts.newClientsCents - amounts.expectedLossCents;
  const targetCents = startCents + growthCents;
  const startMissing = planStartMissing({ startCents, startComplete: props.startComplete });
  const money = (cents: number) => formatMoney(cents, currency, language);
  const signed = (cents: number) => signedMoney(cents, currency, language);
  const steps = [
    {
      key: 'start',
      label: t('plan.steps.start', { year: props.previousLabel }),
      amount: money(startCents),
    },
    {
      key: 'existingGrowth',
      label: `+ ${t('plan.steps.existingGrowth')}`,
      amount: signed(amounts.existingGrowthCents),
    },
    {
      key: 'newClients',
      label: `+ ${t('plan.steps.newClients')}`,
      amount: signed(amounts.newClientsCents),
    },
    {
      key: 'expectedLoss',
      label: `− ${t('plan.steps.expectedLoss')}`,
      amount: signed(-amounts.expectedLossCents),
    },
  ];
  return (
    <Section title={t('plan.target')} landmark>
      <Stack gap="sm">
        <Text fz={28} fw={700} lh={1.2} aria-live="polite" data-testid="plan-target-amount">
          {startMissing ? '—' : money(targetCents)}
        </Text>
        {startMissing && (
          <Text size="sm" data-testid="plan-start-missing">
            {t('plan.startMissing', { year: props.previousLabel })}
          </Text>
        )}
        {startCents > 0 && (
          <Text size="sm" c="dimmed">
            {t('plan.growth', {
              ratio: formatPercent(growthCents / startCents, language, { digits: 1, signed: true }),
            })}
          </Text>
        )}
        <Table className="bridge-table" withRowBorders>
          <Table.Tbody>
            {steps.map((step) => (
              <Table.Tr key={step.key}>
                <Table.Th scope="row" fw={400}>
                  {step.label}
                </Table.Th>
                <Table.Td className="numeric">{step.amount}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr className="bridge-sum">
              <Table.Th scope="row">{`= ${t('plan.steps.target', { year: props.yearLabel })}`}</Table.Th>
              <Table.Td className="numeric">{startMissing ? '—' : money(targetCents)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {!props.startComplete && !startMissing && (
          <Text size="sm" c="dimmed">
            {t('plan.startIncomplete', { year: props.previousLabel })}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
