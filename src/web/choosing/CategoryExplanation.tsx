// Why a client is in its category (method.md §3.6): per criterion the score, the weight and the
// contribution as a small bar; the boundary passed; what it takes to move up, in words.
import { Box, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/index.ts';
import { boundaryKind, formatBoundGrade, formatGrade } from './boundaries.ts';
import { categoryLabel, criterionLabel } from './choosingLabels.ts';
import { contributionShare, rankingOf, stepUp, type Explanation } from './clientCategory.ts';

export function CategoryExplanation({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { categories } = explanation.scheme;
  const label = (key: string) => categoryLabel(key, categories, t);
  const criterionOf = (key: string) => {
    const row = explanation.criteria.find((c) => c.criterionKey === key);
    return row ? criterionLabel(row.criterion, t) : key;
  };
  const ranking = rankingOf(explanation);
  const step = stepUp(explanation);

  return (
    <Stack gap="sm" data-testid="category-explanation">
      {explanation.overridden && (
        <Text size="sm">
          {t('clientCategory.explain.overridden', {
            category: label(explanation.category ?? ''),
            reason: explanation.overrideReason ?? '',
            computed: explanation.computedCategory
              ? label(explanation.computedCategory)
              : t('clientCategory.explain.none'),
          })}
        </Text>
      )}
      <Table fz="sm" verticalSpacing={4} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientCategory.explain.columns.criterion')}</Table.Th>
            <Table.Th w={70} ta="right">
              {t('clientCategory.explain.columns.score')}
            </Table.Th>
            <Table.Th w={70} ta="right">
              {t('clientCategory.explain.columns.weight')}
            </Table.Th>
            <Table.Th w="32%">{t('clientCategory.explain.columns.contribution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {explanation.criteria.map((row) => (
            <Table.Tr key={row.criterionKey}>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                  {criterionLabel(row.criterion, t)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {row.score === null ? (
                  <Text span size="xs" c="dimmed">
                    {t('clientCategory.explain.notScored')}
                  </Text>
                ) : (
                  `${row.score} / ${row.scaleMax}`
                )}
              </Table.Td>
              <Table.Td ta="right">× {row.weight}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Box flex={1}>
                    <Progress
                      value={contributionShare(row) * 100}
                      size="sm"
                      aria-hidden
                      color="teal"
                    />
                  </Box>
                  <Text size="xs" c="dimmed" miw={56} ta="right">
                    {t('clientCategory.explain.contribution', {
                      contribution: row.contribution,
                      max: row.maxContribution,
                    })}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={500}>
        {t('clientCategory.explain.total', {
          total: explanation.total,
          maximum: explanation.maximum,
          grade: formatGrade(explanation.grade, language),
        })}
      </Text>

      {explanation.computedCategory === null ? (
        <Text size="sm" c="dimmed">
          {t('clientCategory.explain.nothingScored')}
        </Text>
      ) : ranking?.kind === 'weightedGrade' ? (
        ranking.passedBound && (
          <Text size="sm">
            {(() => {
              const category = label(explanation.computedCategory);
              const kind = boundaryKind(ranking.passedBound);
              const bound = formatBoundGrade(ranking.passedBound.tenths, language);
              if (kind === 'rest') return t('clientCategory.explain.passedRest', { category });
              return kind === 'above'
                ? t('clientCategory.explain.passedAbove', { category, bound })
                : t('clientCategory.explain.passedFrom', { category, bound });
            })()}
          </Text>
        )
      ) : (
        ranking && (
          <List size="sm" spacing={2}>
            {ranking.levels.map((level) => (
              <List.Item key={level.categoryKey}>
                {t('clientCategory.explain.levelMet', {
                  category: label(level.categoryKey),
                  met: level.met,
                  required: level.required,
                })}
              </List.Item>
            ))}
          </List>
        )
      )}

      {explanation.computedCategory !== null && (
        <Box data-testid="move-up">
          {step.kind === 'top' ? (
            <Text size="sm">{t('clientCategory.explain.top')}</Text>
          ) : (
            <Group gap={6} align="baseline" wrap="wrap">
              <Text size="sm" fw={500}>
                {t('clientCategory.explain.moveUp', { category: label(step.categoryKey) })}
              </Text>
              {step.kind === 'points' ? (
                <Text size="sm">
                  {t('clientCategory.explain.points', { count: step.pointsMissing })}:{' '}
                  {step.example
                    ? t('clientCategory.explain.example', {
                        criterion: criterionOf(step.example.criterionKey),
                        from: step.example.from ?? 0,
                        to: step.example.to,
                      })
                    : t('clientCategory.explain.severalCriteria')}
                </Text>
              ) : (
                <Stack gap={2} w="100%">
                  <Text size="sm">
                    {t('clientCategory.explain.minimums', { count: step.minimumsToMeet })}
                  </Text>
                  <List size="sm" spacing={2}>
                    {step.missed.map((missed) => (
                      <List.Item key={missed.criterionKey}>
                        {t('clientCategory.explain.minimum', {
                          criterion: criterionOf(missed.criterionKey),
                          minimum: missed.minimum,
                          score: missed.score ?? t('clientCategory.explain.none'),
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )}
            </Group>
          )}
        </Box>
      )}
    </Stack>
  );
}
