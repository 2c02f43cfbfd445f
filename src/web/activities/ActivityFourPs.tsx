// The balance of the four P's of a client's done activities over the last twelve months, in the
// advised order project → person → process → partnership, and the first one missing (method.md §6).
import { Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useFourPBalance } from './activityQueries.ts';

export function ActivityFourPs({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const balance = useFourPBalance(organizationId);

  if (balance.isPending) return <Loading />;
  if (balance.error)
    return <LoadFailed error={balance.error} retry={() => void balance.refetch()} />;
  const b = balance.data;
  const advice =
    b.total === 0
      ? t('activities.balance.nothing')
      : b.firstMissing
        ? t('activities.balance.firstMissing', {
            p: t(`activities.ps.${b.firstMissing}`).toLowerCase(),
          })
        : t('activities.balance.allPresent');

  return (
    <Stack gap="xs" data-testid="four-ps">
      <Title order={3} size="h5">
        {t('activities.balance.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('activities.balance.period', {
          from: formatDate(b.from, language),
          to: formatDate(b.to, language),
        })}{' '}
        {t('activities.balance.order')}
      </Text>
      <Table maw={520} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.balance.columns.p')}</Table.Th>
            <Table.Th ta="right">{t('activities.balance.columns.count')}</Table.Th>
            <Table.Th ta="right">{t('activities.balance.columns.share')}</Table.Th>
            <Table.Th w="40%" aria-hidden />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {b.advisedOrder.map((p) => (
            <Table.Tr key={p} data-testid={`four-ps-${p}`}>
              <Table.Td fw={b.firstMissing === p ? 600 : undefined}>
                {t(`activities.ps.${p}`)}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {b.counts[p]}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatBasisPoints(b.shareBasisPoints[p], language, 0)}
              </Table.Td>
              <Table.Td aria-hidden>
                <Progress value={b.shareBasisPoints[p] / 100} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" data-testid="four-ps-advice">
        {advice}
      </Text>
      {b.withoutP > 0 && (
        <Text size="xs" c="dimmed">
          {t('activities.balance.withoutP', { count: b.withoutP })}
        </Text>
      )}
    </Stack>
  );
}
