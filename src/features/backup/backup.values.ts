// A column value in a backup: PostgreSQL's text output turned into JSON without losing anything,
// and the check a restore makes before it trusts a value from a file.
import type { BackupColumn, ColumnKind } from './backup.tables.ts';

/**
 * Encodes one value as PostgreSQL printed it (DateStyle ISO, TimeZone UTC): bigint as a number
 * while it is safe, else as a string; numeric as a string (its scale kept); dates as
 * `YYYY-MM-DD`; timestamps as ISO 8601 with their offset and every microsecond; json as JSON.
 */
export function encodeValue(kind: ColumnKind, text: string | null): unknown {
  if (text === null) return null;
  switch (kind) {
    case 'text':
    case 'numeric':
    case 'date':
      return text;
    case 'boolean':
      return text === 't' || text === 'true';
    case 'integer':
      return Number(text);
    case 'bigint': {
      const value = Number(text);
      return Number.isSafeInteger(value) ? value : text;
    }
    case 'timestamptz':
      // "2024-05-01 10:11:12.345678+00" → "2024-05-01T10:11:12.345678+00:00"; infinity and
      // BC stay as PostgreSQL wrote them, which it reads back.
      return text.replace(/^(\d{4,}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)\+00$/, '$1T$2+00:00');
    case 'json':
      return JSON.parse(text) as unknown;
  }
}

const datePattern = /^(\d{4,}-\d\d-\d\d( BC)?|-?infinity)$/;
const timestampPattern =
  /^(\d{4,}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:?\d\d)?)( BC)?|-?infinity)$/;
const numericPattern = /^(-?\d+(\.\d+)?|NaN|-?Infinity)$/;

/** What is wrong with a value read from a backup for this column, or undefined when it fits. */
export function valueProblem(column: BackupColumn, value: unknown): string | undefined {
  if (value === null) return column.notNull ? 'is empty but may not be' : undefined;
  switch (column.kind) {
    case 'text':
      return typeof value === 'string' ? undefined : 'is not text';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'is not true or false';
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : 'is not a whole number';
    case 'bigint':
      return Number.isSafeInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value))
        ? undefined
        : 'is not a whole number';
    case 'numeric':
      return typeof value === 'string' && numericPattern.test(value)
        ? undefined
        : 'is not a number';
    case 'date':
      return typeof value === 'string' && datePattern.test(value) ? undefined : 'is not a date';
    case 'timestamptz':
      return typeof value === 'string' && timestampPattern.test(value)
        ? undefined
        : 'is not a timestamp with an offset';
    case 'json':
      return value === undefined ? 'is missing' : undefined;
  }
}
