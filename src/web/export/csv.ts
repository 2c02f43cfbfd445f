// CSV that Excel opens right in the user's language: in Dutch ";" between fields and a decimal
// comma, in English "," and a point; a byte-order mark so Excel reads UTF-8; no thousands
// separators, so every number stays a number.
import type { Language } from '../format.ts';
import type { ExportCell, ExportKind, ExportTable } from './table.ts';

const separators: Record<Language, { field: string; decimal: string }> = {
  nl: { field: ';', decimal: ',' },
  en: { field: ',', decimal: '.' },
};

export function toCsv(table: ExportTable, language: Language): string {
  const { field, decimal } = separators[language];
  const line = (cells: string[]) => cells.join(field);
  const quote = (text: string) =>
    text.includes(field) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const cell = (value: ExportCell, kind: ExportKind): string => {
    if (value === null) return '';
    if (typeof value === 'string') return quote(guardFormula(value));
    return numberText(value, kind).replace('.', decimal);
  };
  const lines = [
    line(table.columns.map((column) => quote(guardFormula(column.header)))),
    ...table.rows.map((row) =>
      line(table.columns.map((column, i) => cell(row[i] ?? null, column.kind))),
    ),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function numberText(value: number, kind: ExportKind): string {
  switch (kind) {
    case 'money':
      return value.toFixed(2);
    case 'percent':
      // a percentage as the number a reader expects in a column headed "(%)"
      return String(Number((value * 100).toFixed(2)));
    case 'integer':
      return String(Math.round(value));
    case 'decimal':
    case 'text':
      return String(Number(value.toFixed(2)));
  }
}

/**
 * Text that a spreadsheet would run as a formula (=, +, −, @ first) gets a leading apostrophe:
 * a client's name from an import must never become a formula on someone's machine.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
