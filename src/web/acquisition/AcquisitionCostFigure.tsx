// The cost of one valuable new client: what was invested, divided by the new regular clients.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { Section } from '../ui/Section.tsx';
import type { Acquisition } from './queries.ts';

export function AcquisitionCostFigure(props: {
  cost: Acquisition['cost'];
  yearLabel: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { cost } = props;
  const money = (cents: number) => formatMoney(cents, props.currency, language);
  return (
    <Section title={t('acquisition.cost.title')} landmark>
      <Stack gap="xs">
        <Text fz={28} fw={700} lh={1.2} aria-live="polite" data-testid="acquisition-cost-amount">
          {cost.costPerClientCents === null ? '—' : money(cost.costPerClientCents)}
        </Text>
        <Text size="sm" c="dimmed">
          {cost.reason === null
            ? t('acquisition.cost.formula', {
                invested: money(cost.investedCents),
                count: formatNumber(cost.regularClients, language),
              })
            : t(`acquisition.cost.${cost.reason}`, { year: props.yearLabel })}
        </Text>
      </Stack>
    </Section>
  );
}
