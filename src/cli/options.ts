// Options that several commands read the same way; apart so that commands do not import each
// other for them.
import { readFileSync } from 'node:fs';

export function parseYear(value: string): number {
  const year = Number(value.trim());
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new Error(`--year must be a year such as 2024, not "${value}"`);
  }
  return year;
}

export function parseMapping(value: string): Record<string, string | number> {
  const text = value.trim().startsWith('{') ? value : readFileSync(value, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(
      '--mapping must be JSON such as {"customerName":"Klant","amount":"Bedrag"}, or a file holding it',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('--mapping must be a JSON object of field → header or column number');
  }
  for (const [field, column] of Object.entries(parsed)) {
    if (typeof column !== 'string' && typeof column !== 'number') {
      throw new Error(`--mapping: ${field} must name a header or a column number`);
    }
  }
  return parsed as Record<string, string | number>;
}

export function parseRows(value: string): number[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => {
      const row = Number(part);
      if (!Number.isInteger(row) || row < 1)
        throw new Error(`--skip-rows: "${part}" is not a row number`);
      return row;
    });
}
