import { expect, test } from 'vitest';
import { classificationChanges, editedCategories, noEdits } from './classificationDraft.ts';
import type { Category } from './queries.ts';

const categories = [
  { key: 'A', lowerBound: { tenths: 80, inclusive: true } },
  { key: 'B', lowerBound: { tenths: 60, inclusive: false } },
  { key: 'C', lowerBound: { tenths: 0, inclusive: true } },
] as unknown as Category[];
const criteria = [
  { id: 'c1', weight: 3 },
  { id: 'c2', weight: 1 },
] as { id: string; weight: number }[];
const matrix = { criteria, scheme: { categories } } as unknown as Parameters<
  typeof classificationChanges
>[0];

test('nothing edited changes nothing', () => {
  const edited = editedCategories(categories, noEdits);
  expect(edited).toEqual(categories);
  expect(classificationChanges(matrix, {}, edited)).toEqual({});
});

test('a typed boundary and whether it counts itself change the categories sent', () => {
  const edited = editedCategories(categories, { grades: { A: '7,5' }, inclusive: { B: true } });
  expect(edited[0]?.lowerBound).toEqual({ tenths: 75, inclusive: true });
  expect(edited[1]?.lowerBound).toEqual({ tenths: 60, inclusive: true });
  expect(classificationChanges(matrix, {}, edited).categories).toEqual(edited);
});

test('a grade that is not one keeps the old boundary', () => {
  const edited = editedCategories(categories, { grades: { A: 'acht' }, inclusive: {} });
  expect(edited[0]?.lowerBound.tenths).toBe(80);
  expect(classificationChanges(matrix, {}, edited)).toEqual({});
});

test('only the weights that differ from the scheme are sent', () => {
  expect(classificationChanges(matrix, { c1: 3, c2: 4 }, categories)).toEqual({
    weights: { c2: 4 },
  });
});
