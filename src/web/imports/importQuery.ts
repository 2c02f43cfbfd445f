// The user's choices for an import, and how they travel to the API as query parameters.
import type { ImportField } from './importFields.ts';

export type ImportChoices = {
  /** XLSX: the sheet to read; null for the workbook's first. */
  sheet: string | null;
  /** Row numbers to leave out, as the user typed them ("3, 4, 120"). */
  skipRows: string;
  /** Field → 0-based column; null while the server's proposal (or remembered mapping) holds. */
  mapping: Record<string, number> | null;
  createCustomers: boolean;
  importGoodRows: boolean;
};

export const initialChoices: ImportChoices = {
  sheet: null,
  skipRows: '',
  mapping: null,
  createCustomers: true,
  importGoodRows: true,
};

export type ImportQuery = {
  fileName: string;
  sheet?: string;
  mapping?: string;
  skipRows?: string;
  createCustomers: 'true' | 'false';
  importGoodRows: 'true' | 'false';
};

/** The query of a check or an import: the mapping as JSON of field → 1-based column number. */
export function importQuery(fileName: string, choices: ImportChoices): ImportQuery {
  const rows = parseSkipRows(choices.skipRows);
  return {
    fileName,
    ...(choices.sheet ? { sheet: choices.sheet } : {}),
    ...(choices.mapping
      ? {
          mapping: JSON.stringify(
            Object.fromEntries(
              Object.entries(choices.mapping)
                .sort((a, b) => a[1] - b[1])
                .map(([field, column]) => [field, column + 1]),
            ),
          ),
        }
      : {}),
    ...(rows && rows.length > 0 ? { skipRows: rows.join(',') } : {}),
    createCustomers: choices.createCustomers ? 'true' : 'false',
    importGoodRows: choices.importGoodRows ? 'true' : 'false',
  };
}

/** Row numbers from what the user typed ("3, 4 120"), or null when it is not a list of them. */
export function parseSkipRows(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const rows = parts.map(Number);
  if (rows.some((row) => !Number.isInteger(row) || row < 1)) return null;
  return [...new Set(rows)].sort((a, b) => a - b);
}

/**
 * A mapping with one field moved to a column (or left out with null). A column holds one field,
 * so a field that had that column loses it.
 */
export function changeMapping(
  mapping: Readonly<Record<string, number>>,
  field: ImportField,
  column: number | null,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [other, at] of Object.entries(mapping)) {
    if (other !== field && at !== column) next[other] = at;
  }
  if (column !== null) next[field] = column;
  return next;
}
