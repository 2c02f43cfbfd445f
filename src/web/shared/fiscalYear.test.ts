import { describe, expect, it } from 'vitest';
import { fiscalYearLabel } from './fiscalYear.ts';

describe('the name of a fiscal year', () => {
  it('is the calendar year when the fiscal year starts in January', () => {
    expect(fiscalYearLabel(2024, 1)).toBe('2024');
  });

  it('names both calendar years otherwise', () => {
    expect(fiscalYearLabel(2024, 7)).toBe('2024/25');
    expect(fiscalYearLabel(1999, 4)).toBe('1999/00');
  });
});
