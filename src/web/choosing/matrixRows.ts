// The scoring matrix's rows: filtered by category, sector and relationship manager, sorted by
// any column, and a client's total and grade again after a score changed, by the core's one rule
// (method.md §3.2; a missing score left out, decision 0019).
import { scoreClient } from '../../core/choosing/scoring.ts';
import type { Criterion, MatrixClient } from './queries.ts';

/** A column to sort by: the client's name, a criterion by id, the total, grade or category. */
export type MatrixColumn = 'name' | 'total' | 'grade' | 'category' | `criterion:${string}`;
export type MatrixSort = { column: MatrixColumn; descending: boolean };
export type MatrixFilter = {
  category: string | null;
  sector: string | null;
  relationshipManagerId: string | null;
};

/** Names sort A to Z first; numbers and categories best first. */
export function nextMatrixSort(current: MatrixSort, column: MatrixColumn): MatrixSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'name' && column !== 'category' };
}

export function filterMatrixRows(rows: readonly MatrixClient[], filter: MatrixFilter) {
  return rows.filter(
    (row) =>
      (filter.category === null || row.category === filter.category) &&
      (filter.sector === null || row.sector === filter.sector) &&
      (filter.relationshipManagerId === null ||
        row.relationshipManagerId === filter.relationshipManagerId),
  );
}

/**
 * Rows in the sort's order; clients without a value (no score, no category) always last.
 * Categories sort in the scheme's order, best first; ties by name.
 */
export function sortMatrixRows(
  rows: readonly MatrixClient[],
  sort: MatrixSort,
  context: { criteria: readonly Criterion[]; categoryKeys: readonly string[]; language: string },
): MatrixClient[] {
  const collator = new Intl.Collator(context.language, { sensitivity: 'base', numeric: true });
  const value = valueOf(sort.column, context);
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      const compared =
        typeof left === 'string' && typeof right === 'string'
          ? collator.compare(left, right)
          : Number(left) - Number(right);
      if (compared !== 0) return compared * direction;
    }
    return collator.compare(a.name, b.name);
  });
}

function valueOf(
  column: MatrixColumn,
  context: { criteria: readonly Criterion[]; categoryKeys: readonly string[] },
): (row: MatrixClient) => string | number | null {
  switch (column) {
    case 'name':
      return (row) => row.name;
    case 'total':
      return (row) => row.total;
    case 'grade':
      return (row) => row.grade;
    case 'category':
      return (row) => {
        const index = row.category === null ? -1 : context.categoryKeys.indexOf(row.category);
        return index < 0 ? null : index;
      };
    default: {
      const index = context.criteria.findIndex((c) => `criterion:${c.id}` === column);
      return (row) => row.scores[index] ?? null;
    }
  }
}

/** The row with new scores: its total and grade again; the category waits for the server. */
export function withScores(
  row: MatrixClient,
  criteria: readonly Criterion[],
  scores: readonly (number | null)[],
): MatrixClient {
  const byKey = Object.fromEntries(criteria.map((c, index) => [c.key, scores[index] ?? null]));
  const { total, maximum, grade, missingCriteria } = scoreClient(criteria, byKey);
  return {
    ...row,
    scores: [...scores],
    total,
    maximum,
    grade,
    unscoredCriteria: missingCriteria.length,
  };
}
