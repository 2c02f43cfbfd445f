// The columns of a file as the user picks from them: by letter, as a spreadsheet shows them,
// with the header's text when the file has one.
import type { ImportTable } from './queries.ts';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** How many columns the file has, by its header and its first rows. */
export function columnCount(table: Pick<ImportTable, 'headers' | 'preview'>): number {
  return Math.max(table.headers.length, ...table.preview.map((row) => row.cells.length), 0);
}

/** The name of a column as shown: its header, or "Column C" when it has none. */
export function columnName(
  table: Pick<ImportTable, 'headers'>,
  index: number,
  unnamed: (letter: string) => string,
): string {
  const header = table.headers[index]?.trim();
  return header ? header : unnamed(columnLetter(index));
}

/** The field each column is read as, by column. */
export function fieldsByColumn(mapping: Readonly<Record<string, number>>): Map<number, string> {
  return new Map(Object.entries(mapping).map(([field, column]) => [column, field]));
}
