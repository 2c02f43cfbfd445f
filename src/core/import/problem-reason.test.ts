import { describe, expect, it } from 'vitest';
import {
  because,
  reasonCodes,
  reasonOf,
  reasonPlaceholders,
  reasonText,
} from './problem-reason.ts';

describe('reasonText', () => {
  it('fills in the values of a reason in English', () => {
    expect(reasonText('date.notExisting', { cell: "'31-02-2025'" })).toBe(
      "'31-02-2025' is not an existing date",
    );
    expect(reasonText('amount.empty')).toBe('the amount is empty');
    expect(
      reasonText('assignment.endsBeforeStart', { start: '2025-02-01', end: '2025-01-01' }),
    ).toBe('the assignment ends (2025-01-01) before it starts (2025-02-01)');
  });

  it('writes numbers the English way and keeps a placeholder whose value is missing', () => {
    expect(reasonText('file.rowTooLong', { row: '12345', max: 1_000_000 })).toMatch(
      /^Row 12345 is longer than 1,000,000 characters/,
    );
    expect(reasonText('amount.notAnAmount')).toBe('{{cell}} is not an amount');
  });

  it('leaves no placeholder of any reason unfilled when its values are given', () => {
    for (const code of reasonCodes) {
      const params = Object.fromEntries(reasonPlaceholders(code).map((name) => [name, 'x']));
      expect(reasonText(code, params), code).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe('because and reasonOf', () => {
  it('give the code, its values and the English sentence together', () => {
    const why = because('amount.tooManyDecimals', { cell: "'1,23456'", max: 4 });
    expect(why).toEqual({
      code: 'amount.tooManyDecimals',
      params: { cell: "'1,23456'", max: 4 },
      reason: "'1,23456' has more than 4 decimals",
    });
    const reading = { ok: false, field: 'amount', ...why };
    expect(reasonOf(reading)).toEqual(why);
  });

  it('name the placeholders of each code, the same ones a translation must use', () => {
    expect(reasonPlaceholders('amount.ambiguous')).toEqual(['cell', 'whole', 'decimal']);
    expect(reasonPlaceholders('date.empty')).toEqual([]);
    expect(new Set(reasonCodes).size).toBe(reasonCodes.length);
  });
});
