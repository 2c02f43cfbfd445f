import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { activityP, checkActivityDates } from './activity-input.ts';

const fieldOf = (run: () => void): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details?.[0]?.field;
    throw error;
  }
  return undefined;
};

describe('activityP', () => {
  it("takes the type's suggested P when none is given", () => {
    expect(activityP('gift', undefined)).toBe('person');
    expect(activityP('meeting', undefined)).toBe('project');
    expect(activityP('other', undefined)).toBeNull();
  });
  it('keeps the P the user set, and "no P" when the user said so', () => {
    expect(activityP('gift', 'partnership')).toBe('partnership');
    expect(activityP('meeting', null)).toBeNull();
  });
});

describe('checkActivityDates', () => {
  const today = '2025-03-10';
  it('accepts a done activity up to today and a planned one on any day', () => {
    expect(() =>
      checkActivityDates({ status: 'done', onDate: today, followUpOn: null, today }),
    ).not.toThrow();
    expect(() =>
      checkActivityDates({ status: 'planned', onDate: '2025-01-02', followUpOn: null, today }),
    ).not.toThrow();
    expect(() =>
      checkActivityDates({ status: 'planned', onDate: '2026-01-02', followUpOn: null, today }),
    ).not.toThrow();
  });
  it('refuses a done activity dated after today, naming onDate', () => {
    expect(
      fieldOf(() =>
        checkActivityDates({ status: 'done', onDate: '2025-03-11', followUpOn: null, today }),
      ),
    ).toBe('onDate');
  });
  it('accepts a follow-up on the day itself and refuses one the day before', () => {
    expect(() =>
      checkActivityDates({ status: 'done', onDate: today, followUpOn: today, today }),
    ).not.toThrow();
    expect(
      fieldOf(() =>
        checkActivityDates({ status: 'done', onDate: today, followUpOn: '2025-03-09', today }),
      ),
    ).toBe('followUpOn');
  });
  it('refuses a date that does not exist, naming the field', () => {
    expect(
      fieldOf(() =>
        checkActivityDates({ status: 'planned', onDate: '2025-02-30', followUpOn: null, today }),
      ),
    ).toBe('onDate');
  });
});
