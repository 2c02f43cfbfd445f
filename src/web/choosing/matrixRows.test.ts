import { describe, expect, it } from 'vitest';
import { filterMatrixRows, nextMatrixSort, sortMatrixRows, withScores } from './matrixRows.ts';
import type { Criterion, MatrixClient } from './queries.ts';

const criterion = (id: string, weight: number): Criterion => ({
  id,
  key: id,
  name: null,
  group: 'business',
  source: 'judgement',
  weight,
  scaleMax: 3,
  active: true,
  standard: true,
  dataMapping: null,
});
const criteria = [criterion('revenue', 5), criterion('image', 2)];

const client = (name: string, scores: (number | null)[], category: string | null) =>
  ({
    ...withScores(
      {
        id: name,
        name,
        sector: name === 'Bakkerij' ? 'Horeca' : null,
        sizeClass: null,
        region: null,
        relationshipManagerId: null,
        scores: [],
        flags: [0, 0],
        total: 0,
        maximum: 0,
        grade: 0,
        computedCategory: category,
        category,
        overridden: false,
        overrideReason: null,
        committedCategory: null,
      },
      criteria,
      scores,
    ),
  }) satisfies MatrixClient;

const rows = [
  client('Theater', [3, 2], 'A'),
  client('Bakkerij', [1, null], 'C'),
  client('Café', [null, null], null),
];
const context = { criteria, categoryKeys: ['A', 'B', 'C'], language: 'nl' };

describe('the matrix rows', () => {
  it('total Σ weight × score against the full maximum, a missing score as 0', () => {
    expect([rows[0]!.total, rows[0]!.maximum, rows[0]!.grade]).toEqual([19, 21, 9]);
    expect([rows[1]!.total, rows[1]!.grade]).toEqual([5, 2.4]);
  });

  it('sort by a criterion, best first, unscored last', () => {
    const sorted = sortMatrixRows(rows, { column: 'criterion:revenue', descending: true }, context);
    expect(sorted.map((row) => row.name)).toEqual(['Theater', 'Bakkerij', 'Café']);
    const ascending = sortMatrixRows(
      rows,
      { column: 'criterion:revenue', descending: false },
      context,
    );
    expect(ascending.map((row) => row.name)).toEqual(['Bakkerij', 'Theater', 'Café']);
  });

  it('sort categories in the scheme order and names by the language', () => {
    const byCategory = sortMatrixRows(rows, { column: 'category', descending: false }, context);
    expect(byCategory.map((row) => row.category)).toEqual(['A', 'C', null]);
    const byName = sortMatrixRows(rows, { column: 'name', descending: false }, context);
    expect(byName.map((row) => row.name)).toEqual(['Bakkerij', 'Café', 'Theater']);
  });

  it('filter by category and sector', () => {
    const filter = { category: null, sector: 'Horeca', relationshipManagerId: null };
    expect(filterMatrixRows(rows, filter).map((row) => row.name)).toEqual(['Bakkerij']);
    expect(filterMatrixRows(rows, { ...filter, sector: null, category: 'A' })).toHaveLength(1);
  });

  it('click a header: numbers best first, a second click reverses', () => {
    const first = nextMatrixSort({ column: 'name', descending: false }, 'total');
    expect(first).toEqual({ column: 'total', descending: true });
    expect(nextMatrixSort(first, 'total')).toEqual({ column: 'total', descending: false });
  });
});
