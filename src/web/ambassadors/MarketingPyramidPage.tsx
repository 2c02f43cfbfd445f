// The marketing pyramid (method.md §10): the firm's time and money per layer in a fiscal year,
// drawn top to bottom as centred bars, the advice in words when a lower layer gets more than a
// higher one, and the spend no client is tied to, which the firm records here.
import { Alert, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { usePyramid, type MarketingPyramid, type PyramidLayer } from './ambassadorQueries.ts';
import { MarketingSpendSection } from './MarketingSpendSection.tsx';

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

function PyramidChart({ pyramid }: { pyramid: MarketingPyramid }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const maxMoney = Math.max(1, ...pyramid.layers.map((l) => l.costCents));
  const maxTime = Math.max(1, ...pyramid.layers.map((l) => l.minutes));
  return (
    <Stack gap={6} data-testid="pyramid-chart" role="img" aria-label={t('pyramid.chartLabel')}>
      {pyramid.layers.map((layer, index) => (
        <Stack key={layer.layer} gap={2}>
          <Group justify="space-between" gap={4}>
            <Text size="sm" fw={600}>
              {index + 1}. {t(`pyramid.layers.${layer.layer}`)}
            </Text>
            <Text size="xs" c="dimmed" ta="right">
              {t('pyramid.hours', { hours: formatNumber(hours(layer.minutes), language) })} ·{' '}
              {formatMoney(layer.costCents, currency, language)}
            </Text>
          </Group>
          <div className="pyramid-bar-track">
            <div
              className="pyramid-bar pyramid-bar-money"
              style={{ width: `${(100 * layer.costCents) / maxMoney}%` }}
            />
          </div>
          <div className="pyramid-bar-track">
            <div
              className="pyramid-bar pyramid-bar-time"
              style={{ width: `${(100 * layer.minutes) / maxTime}%` }}
            />
          </div>
        </Stack>
      ))}
      <Group gap="md">
        <Group gap={4}>
          <span className="pyramid-key pyramid-bar-money" />
          <Text size="xs">{t('pyramid.money')}</Text>
        </Group>
        <Group gap={4}>
          <span className="pyramid-key pyramid-bar-time" />
          <Text size="xs">{t('pyramid.time')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}

function Advice({ pyramid }: { pyramid: MarketingPyramid }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { advice } = pyramid;
  if (advice.mostSpentOn === null)
    return (
      <Alert color="gray" title={t('pyramid.nothingTitle')}>
        {t('pyramid.nothing')}
      </Alert>
    );
  if (!advice.bottomHeavy)
    return (
      <Alert color="green" title={t('pyramid.topDownTitle')}>
        {t('pyramid.topDown')}
      </Alert>
    );
  // one sentence per lower layer and measure: "Media gets more money than A, B and C"
  const grouped = new Map<string, { measure: 'time' | 'money'; lower: string; higher: string[] }>();
  for (const i of advice.inversions) {
    const key = `${i.measure}:${i.lower}`;
    const entry = grouped.get(key) ?? { measure: i.measure, lower: i.lower, higher: [] };
    entry.higher.push(t(`pyramid.layers.${i.higher}`));
    grouped.set(key, entry);
  }
  const list = new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });
  const words = [...grouped.values()].map((entry) =>
    t(`pyramid.inversion.${entry.measure}`, {
      lower: t(`pyramid.layers.${entry.lower as PyramidLayer}`),
      higher: list.format(entry.higher),
    }),
  );
  return (
    <Alert color="orange" title={t('pyramid.bottomHeavyTitle')} data-testid="pyramid-advice">
      <Text size="sm">{t('pyramid.bottomHeavy')}</Text>
      <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }}>
        {words.map((word) => (
          <li key={word}>
            <Text size="sm">{word}</Text>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export function MarketingPyramidPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const [year, setYear] = useState<number | undefined>(undefined);
  const pyramid = usePyramid(year);
  const data = pyramid.data;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('pyramid.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('pyramid.intro')}
      </Text>
      <Group>
        <NumberInput
          label={t('pyramid.year')}
          value={year ?? data?.year ?? ''}
          min={1000}
          max={9998}
          w={120}
          onChange={(value) =>
            setYear(typeof value === 'number' && value >= 1000 && value <= 9998 ? value : year)
          }
        />
      </Group>
      {!data ? (
        pyramid.error ? (
          <LoadFailed error={pyramid.error} retry={() => void pyramid.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <Advice pyramid={data} />
          <Paper withBorder p="lg">
            <PyramidChart pyramid={data} />
          </Paper>
          <Paper withBorder p="lg">
            <ScrollTable label={t('pyramid.title')} minWidth={560}>
              <Table verticalSpacing="xs" data-testid="pyramid-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pyramid.layer')}</Table.Th>
                    <Table.Th ta="right">{t('pyramid.time')}</Table.Th>
                    <Table.Th ta="right">{t('pyramid.money')}</Table.Th>
                    <Table.Th ta="right">{t('pyramid.fromActivities')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.layers.map((layer, index) => (
                    <Table.Tr key={layer.layer}>
                      <Table.Td>
                        {index + 1}. {t(`pyramid.layers.${layer.layer}`)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {t('pyramid.hours', {
                          hours: formatNumber(hours(layer.minutes), language),
                        })}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(layer.costCents, currency, language)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(layer.activities.costCents, currency, language)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Text size="xs" c="dimmed" mt="xs">
              {t('pyramid.rule')}
            </Text>
          </Paper>
          <MarketingSpendSection entries={data.entries} year={data.year} from={data.from} />
        </>
      )}
    </Stack>
  );
}
