// Who would move with the changes on screen (method.md §3.6): the pairs of categories with their
// counts beside the moving clients by name, the clients not fully scored counted, and a demotion
// that comes only from missing scores marked.
import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { Preview } from './queries.ts';

export function ClassificationPreview(props: {
  preview: Preview;
  stale: boolean;
  categoryName: (key: string | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { preview, categoryName } = props;
  const changes = preview.counts.filter((count) => count.from !== count.to);
  return (
    <Stack gap="xs" style={{ opacity: props.stale ? 0.6 : 1 }} aria-live="polite">
      <Text size="sm" data-testid="preview-summary">
        {t('choosing.classification.counts', {
          moved: formatNumber(preview.moved, language),
          clients: formatNumber(preview.clients, language),
        })}
      </Text>
      {preview.notFullyScored > 0 && (
        <Text size="sm" c="dimmed" data-testid="preview-not-fully-scored">
          {t('choosing.classification.notFullyScored', {
            count: preview.notFullyScored,
            formattedCount: formatNumber(preview.notFullyScored, language),
          })}
        </Text>
      )}
      {changes.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Table withTableBorder fz="sm" maw={360}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('choosing.classification.fromColumn')}</Table.Th>
                <Table.Th>{t('choosing.classification.toColumn')}</Table.Th>
                <Table.Th className="numeric">{t('choosing.classification.clients')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((count) => (
                <Table.Tr key={`${count.from}-${count.to}`}>
                  <Table.Td>{categoryName(count.from)}</Table.Td>
                  <Table.Td>{categoryName(count.to)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {formatNumber(count.clients, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={2} mah={240} style={{ overflow: 'auto' }}>
            {preview.moves.slice(0, 200).map((move) => (
              <Stack key={move.clientId} gap={0}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" truncate style={{ flex: 1 }}>
                    {move.name}
                  </Text>
                  {categoryName(move.from)}
                  <Text span size="xs" c="dimmed">
                    → {t(`choosing.classification.directions.${move.direction}`)}
                  </Text>
                  {categoryName(move.to)}
                </Group>
                {move.downFromMissingScores ? (
                  <Badge color="orange" variant="light" size="sm" tt="none">
                    {t('choosing.classification.fromMissingScoresMove')}
                  </Badge>
                ) : !move.fullyScored ? (
                  <Text size="xs" c="dimmed">
                    {t('choosing.classification.notFullyScoredMove')}
                  </Text>
                ) : null}
              </Stack>
            ))}
          </Stack>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('choosing.classification.nobodyMoves')}
        </Text>
      )}
    </Stack>
  );
}
