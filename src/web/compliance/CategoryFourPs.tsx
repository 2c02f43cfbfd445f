// The balance of the four P's per category over the fiscal year, in the advised order, with the
// first P missing in each: what the firm invests in the clients of each category (method.md §6).
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import type { Category } from '../choosing/queries.ts';
import { formatBasisPoints } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useFourPsByCategory, type FourPsByCategory } from './complianceQueries.ts';

type Balance = FourPsByCategory['firm'];
const numeric = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } } as const;

export function CategoryFourPs({
  fiscalYear,
  categories,
}: {
  fiscalYear: number | undefined;
  categories: readonly Pick<Category, 'key' | 'name'>[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const balances = useFourPsByCategory(fiscalYear);

  if (balances.isPending) return <Loading />;
  if (balances.error)
    return <LoadFailed error={balances.error} retry={() => void balances.refetch()} />;
  const data = balances.data;
  const label = (key: string | null) =>
    key === null ? t('compliance.noCategory') : categoryLabel(key, categories, t);
  const line = (key: string, name: string, balance: Balance, total = false) => (
    <Table.Tr key={key} fw={total ? 600 : undefined} data-testid={`four-ps-category-${key}`}>
      <Table.Td>{name}</Table.Td>
      {data.advisedOrder.map((p) => (
        <Table.Td key={p} {...numeric}>
          {balance.counts[p]}
          {balance.counts[p] > 0 && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({formatBasisPoints(balance.shareBasisPoints[p], language, 0)})
            </Text>
          )}
        </Table.Td>
      ))}
      <Table.Td {...numeric}>{balance.withoutP}</Table.Td>
      <Table.Td>
        {balance.total === 0
          ? t('compliance.fourPs.nothing')
          : balance.firstMissing
            ? t(`activities.ps.${balance.firstMissing}`)
            : t('compliance.fourPs.allPresent')}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <ScrollTable label={t('compliance.fourPs.title')} minWidth={720}>
      <Table verticalSpacing={6} fz="sm" data-testid="four-ps-by-category">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance.columns.category')}</Table.Th>
            {data.advisedOrder.map((p) => (
              <Table.Th key={p} ta="right">
                {t(`activities.ps.${p}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('compliance.fourPs.withoutP')}</Table.Th>
            <Table.Th>{t('compliance.fourPs.firstMissing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.categories.map((balance) =>
            line(balance.categoryKey ?? 'none', label(balance.categoryKey), balance),
          )}
          {line('firm', t('compliance.firm'), data.firm, true)}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
