// The scoring matrix as a file (method.md §3.2): the rows as the user sees them (filtered and
// sorted), a column per criterion headed with its weight, the scores as numbers. A criterion
// scored from the figures says so in its header; where scorers are 2 or more points apart, the
// last column names the criteria, so the cells themselves stay numbers a spreadsheet can add up.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import { categoryLabel, criterionLabel } from './choosingLabels.ts';
import type { Category, Criterion, MatrixClient } from './queries.ts';

const disagreementFlag = 1;

export function scoringExportTable(
  rows: readonly MatrixClient[],
  context: {
    criteria: readonly Criterion[];
    categories: readonly Category[];
    /** Relationship managers' names by user id. */
    managers: ReadonlyMap<string, string>;
    t: TFunction;
  },
): ExportTable {
  const { criteria, categories, managers, t } = context;
  const labels = criteria.map((criterion) => criterionLabel(criterion, t));
  return {
    name: t('choosing.matrix.title'),
    columns: [
      { header: t('choosing.matrix.columns.name'), kind: 'text' },
      { header: t('choosing.matrix.filters.sector'), kind: 'text' },
      { header: t('choosing.matrix.filters.manager'), kind: 'text' },
      ...criteria.map((criterion, index) => ({
        header: t(
          criterion.source === 'data'
            ? 'choosing.matrix.export.criterionFromData'
            : 'choosing.matrix.export.criterion',
          { criterion: labels[index], weight: criterion.weight },
        ),
        kind: 'integer' as const,
      })),
      { header: t('choosing.matrix.columns.total'), kind: 'integer' },
      { header: t('choosing.matrix.columns.grade'), kind: 'decimal' },
      { header: t('choosing.matrix.columns.category'), kind: 'text' },
      { header: t('choosing.matrix.export.disagreements'), kind: 'text' },
    ],
    rows: rows.map((client) => [
      client.name,
      client.sector,
      client.relationshipManagerId === null
        ? null
        : (managers.get(client.relationshipManagerId) ?? null),
      ...criteria.map((_, index) => client.scores[index] ?? null),
      client.total,
      client.grade,
      client.category === null ? null : categoryLabel(client.category, categories, t),
      labels.filter((_, index) => (client.flags[index] ?? 0) & disagreementFlag).join(', ') || null,
    ]),
  };
}
