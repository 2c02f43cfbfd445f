// A client's scores per criterion: every scorer's score and the one that counts; where scorers
// lie 2 or more points apart, the agreed score is set here (method.md §3.2).
import { Badge, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { criterionLabel } from './choosingLabels.ts';
import { scoresInOrder, type ScoreRow } from './clientCategory.ts';
import { useSetAgreedScore } from './clientQueries.ts';

export function ClientScoresTable(props: {
  organizationId: string;
  rows: readonly ScoreRow[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const setAgreed = useSetAgreedScore(props.organizationId);
  if (props.rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('clientCategory.scores.empty')}
      </Text>
    );

  return (
    <Table fz="sm" verticalSpacing={4} data-testid="client-scores">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clientCategory.scores.columns.criterion')}</Table.Th>
          <Table.Th>{t('clientCategory.scores.columns.scorers')}</Table.Th>
          <Table.Th w={110}>{t('clientCategory.scores.columns.agreed')}</Table.Th>
          <Table.Th w={70} ta="right">
            {t('clientCategory.scores.columns.counts')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {scoresInOrder(props.rows).map((row) => {
          const name = criterionLabel(row.criterion, t);
          const fromFigures = row.criterion.source === 'data';
          const agreeing = !fromFigures && (row.disagreement || row.agreed !== null);
          const options = Array.from({ length: row.criterion.scaleMax + 1 }, (_, score) => ({
            value: String(score),
            label: String(score),
          }));
          return (
            <Table.Tr key={row.criterion.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {row.disagreement && (
                    <Tooltip label={t('clientCategory.scores.disagreement')}>
                      <IconAlertTriangle
                        size={16}
                        color="var(--mantine-color-orange-6)"
                        aria-label={t('clientCategory.scores.disagreement')}
                      />
                    </Tooltip>
                  )}
                  <Text size="sm">{name}</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {fromFigures ? (
                  <Text size="xs" c="dimmed">
                    {t('clientCategory.scores.fromFigures')}
                  </Text>
                ) : row.scorers.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('clientCategory.scores.noScorers')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {row.scorers.map((scorer) => (
                      <Badge key={scorer.userId} variant="default" radius="sm" tt="none">
                        {scorer.name}: {scorer.score}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                {agreeing && props.canWrite ? (
                  <Select
                    size="xs"
                    w={80}
                    aria-label={t('clientCategory.scores.agreedLabel', { criterion: name })}
                    data={options}
                    value={row.agreed === null ? null : String(row.agreed)}
                    placeholder="–"
                    clearable
                    allowDeselect={false}
                    disabled={setAgreed.isPending}
                    onChange={(value) =>
                      setAgreed.mutate(
                        {
                          criterionId: row.criterion.id,
                          score: value === null ? null : Number(value),
                        },
                        {
                          onSuccess: () => notifyDone(t('clientCategory.scores.agreedSaved')),
                          onError: notifyError,
                        },
                      )
                    }
                  />
                ) : (
                  <Text size="sm">{row.agreed ?? ''}</Text>
                )}
              </Table.Td>
              <Table.Td ta="right" fw={500}>
                {row.score ?? '–'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
