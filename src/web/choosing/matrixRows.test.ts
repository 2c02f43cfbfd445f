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
        unscoredCriteria: 0,
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
  it('total Σ weight × score against the maximum of the criteria scored, as the server', () => {
    expect([rows[0]!.total, rows[0]!.maximum, rows[0]!.grade]).toEqual([19, 21, 9]);
    // image not scored is left out: 5 of 15, not 5 of 21
    expect([rows[1]!.total, rows[1]!.maximum, rows[1]!.grade]).toEqual([5, 15, 3.3]);
    expect(rows[1]!.unscoredCriteria).toBe(1);
    expect([rows[2]!.maximum, rows[2]!.grade, rows[2]!.unscoredCriteria]).toEqual([0, 0, 2]);
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
