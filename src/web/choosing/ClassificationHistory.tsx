// The classifications committed before: when, by whom, how many clients, how they were spread
// over the categories, and the note that went with it.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { categoryLabel } from './choosingLabels.ts';
import { useClassifications, type Category } from './queries.ts';

export function ClassificationHistory(props: {
  schemeId: string;
  categories: readonly Category[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useClassifications(props.schemeId);
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('choosing.classification.history')}
      </Text>
      {history.data && history.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('choosing.classification.historyEmpty')}
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Table fz="sm" data-testid="classification-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('choosing.classification.date')}</Table.Th>
              <Table.Th>{t('choosing.classification.by')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>
                {t('choosing.classification.count')}
              </Table.Th>
              <Table.Th>{t('choosing.classification.spread')}</Table.Th>
              <Table.Th>{t('choosing.classification.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{formatDateTime(item.createdAt, language)}</Table.Td>
                <Table.Td>{item.userName ?? '—'}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {formatNumber(item.clientCount, language)}
                </Table.Td>
                <Table.Td>
                  {item.categories
                    .map(
                      (count) =>
                        `${
                          count.category === null
                            ? t('choosing.classification.noCategory')
                            : categoryLabel(count.category, props.categories, t)
                        } ${formatNumber(count.clients, language)}`,
                    )
                    .join(' · ')}
                </Table.Td>
                <Table.Td>{item.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
