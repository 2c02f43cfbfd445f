// A table to export, independent of the file format: each column says what its values are, so
// CSV writes them in the user's number format and XLSX gives them a number format of its own.
export type ExportKind = 'text' | 'integer' | 'decimal' | 'money' | 'percent';

export type ExportColumn = { header: string; kind: ExportKind };

/** Money in currency units (not cents), percentages as ratios (0.25 = 25%), null for empty. */
export type ExportCell = string | number | null;

export type ExportTable = {
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
};
