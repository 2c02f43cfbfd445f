import { describe, expect, it } from 'vitest';
import { columnCount, columnLetter, columnName, fieldsByColumn } from './importColumns.ts';

describe('the columns of a file', () => {
  it('are named by letter as in a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('count as many as the widest of the header and the first rows', () => {
    expect(columnCount({ headers: ['Klant', 'Bedrag'], preview: [] })).toBe(2);
    expect(columnCount({ headers: [], preview: [{ rowNumber: 1, cells: ['a', 'b', 'c'] }] })).toBe(
      3,
    );
    expect(columnCount({ headers: [], preview: [] })).toBe(0);
  });

  it('show the header, or the letter when the header is empty', () => {
    const table = { headers: ['Klant', ' ', 'Bedrag'] };
    const unnamed = (letter: string) => `Kolom ${letter}`;
    expect([0, 1, 2, 3].map((index) => columnName(table, index, unnamed))).toEqual([
      'Klant',
      'Kolom B',
      'Bedrag',
      'Kolom D',
    ]);
  });

  it('know which field each column is read as', () => {
    expect(fieldsByColumn({ customerName: 0, amount: 3 })).toEqual(
      new Map([
        [0, 'customerName'],
        [3, 'amount'],
      ]),
    );
  });
});
