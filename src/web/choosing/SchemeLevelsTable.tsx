// The levels of a meets method (method.md §3.3): per category but the lowest, the minimum score
// on each criterion (empty where it does not count) and, for x of y, how many must be met.
import { NumberInput, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criterionLabel } from './choosingLabels.ts';
import type { Criterion } from './queries.ts';
import {
  minimumsSet,
  problemAt,
  type DraftProblem,
  type LevelDraft,
  type MethodDraft,
} from './schemeDraft.ts';

const wholeOrNull = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function SchemeLevelsTable(props: {
  method: MethodDraft;
  /** The categories' names, best first; the lowest gets no level. */
  categoryNames: readonly string[];
  criteria: readonly Criterion[];
  problems: readonly DraftProblem[];
  onChange: (method: MethodDraft) => void;
}) {
  const { t } = useTranslation();
  const { method, criteria } = props;
  const ranked = props.categoryNames.slice(0, -1);
  const lowest = props.categoryNames.at(-1) ?? '';
  const nameOf = (index: number) =>
    props.categoryNames[index]?.trim() ||
    t('choosing.schemeEditor.category', { position: index + 1 });
  const change = (index: number, edit: (level: LevelDraft) => Partial<LevelDraft>) =>
    props.onChange({
      ...method,
      levels: method.levels.map((level, i) => (i === index ? { ...level, ...edit(level) } : level)),
    });

  return (
    <Table fz="sm" verticalSpacing={4} withTableBorder data-testid="scheme-levels">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('choosing.schemeEditor.criterion')}</Table.Th>
          {ranked.map((_, index) => (
            <Table.Th key={index} style={{ width: 110 }}>
              {nameOf(index)}
            </Table.Th>
          ))}
          <Table.Th style={{ width: 110 }}>
            <Text span size="sm" c="dimmed">
              {lowest.trim() || t('choosing.schemeEditor.rest')}
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {criteria.map((criterion) => {
          const label = criterionLabel(criterion, t);
          return (
            <Table.Tr key={criterion.key}>
              <Table.Td>{label}</Table.Td>
              {ranked.map((_, index) => {
                const problem = problemAt(
                  props.problems,
                  `levels.${index}.minimums.${criterion.key}`,
                );
                return (
                  <Table.Td key={index}>
                    <NumberInput
                      aria-label={t('choosing.schemeEditor.minimum', {
                        category: nameOf(index),
                        criterion: label,
                      })}
                      value={method.levels[index]?.minimums[criterion.key] ?? ''}
                      onChange={(value) =>
                        change(index, (level) => ({
                          minimums: { ...level.minimums, [criterion.key]: wholeOrNull(value) },
                        }))
                      }
                      min={1}
                      max={criterion.scaleMax}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="none"
                      error={
                        problem
                          ? t(`choosing.schemeEditor.problems.${problem}`, {
                              max: criterion.scaleMax,
                            })
                          : null
                      }
                      size="xs"
                      w={90}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Text span size="sm" c="dimmed">
                  {t('choosing.schemeEditor.rest')}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        {method.kind === 'meetsXofY' && (
          <Table.Tr>
            <Table.Th>{t('choosing.schemeEditor.atLeast')}</Table.Th>
            {ranked.map((_, index) => {
              const level = method.levels[index];
              const count = level ? minimumsSet(level).length : 0;
              const problem = problemAt(props.problems, `levels.${index}.atLeast`);
              return (
                <Table.Td key={index}>
                  <NumberInput
                    aria-label={t('choosing.schemeEditor.atLeastLabel', {
                      category: nameOf(index),
                    })}
                    value={level?.atLeast ?? ''}
                    onChange={(value) => change(index, () => ({ atLeast: wholeOrNull(value) }))}
                    min={1}
                    max={Math.max(count, 1)}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    rightSection={
                      <Text span size="xs" c="dimmed" pr={4}>
                        {t('choosing.schemeEditor.ofY', { count })}
                      </Text>
                    }
                    rightSectionWidth={44}
                    error={
                      problem ? t(`choosing.schemeEditor.problems.${problem}`, { count }) : null
                    }
                    size="xs"
                    w={90}
                  />
                </Table.Td>
              );
            })}
            <Table.Td />
          </Table.Tr>
        )}
        {ranked.some((_, index) => problemAt(props.problems, `levels.${index}`)) && (
          <Table.Tr>
            <Table.Td />
            {ranked.map((_, index) => {
              const problem = problemAt(props.problems, `levels.${index}`);
              return (
                <Table.Td key={index}>
                  {problem && (
                    <Text size="xs" c="red" role="alert">
                      {t(`choosing.schemeEditor.problems.${problem}`)}
                    </Text>
                  )}
                </Table.Td>
              );
            })}
            <Table.Td />
          </Table.Tr>
        )}
      </Table.Tfoot>
    </Table>
  );
}
