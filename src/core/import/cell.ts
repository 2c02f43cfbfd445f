// The cells that table readers hand to the import: CSV cells are text, XLSX cells keep the
// type the spreadsheet gave them.

/** One cell of a CSV or XLSX table. */
export type Cell = string | number | boolean | Date | null;

/** One row of a table with its number as a spreadsheet shows it (1-based). */
export type SourceRow = { rowNumber: number; cells: readonly Cell[] };

/** The cell as trimmed text: '' when empty, numbers in plain notation, dates as YYYY-MM-DD. */
export function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDateOf(cell);
  return '';
}

/** Whether the cell holds nothing a reader could use. */
export function isEmptyCell(cell: unknown): boolean {
  return cellText(cell) === '';
}

/** The cell quoted for a message, cut short so a huge cell never floods a reason. */
export function quoteCell(cell: unknown): string {
  const text = cellText(cell).replace(/\s+/g, ' ');
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** The calendar date of a Date as its UTC parts give it (how XLSX readers create dates). */
export function isoDateOf(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
