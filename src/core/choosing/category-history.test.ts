import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoryNow,
  categoryOn,
  categoryPeriods,
  periodsAsOf,
  stretchesWithin,
  type CommittedCategory,
  type OverridePeriod,
} from './category-history.ts';

describe('the category on each day', () => {
  it('counts a committed category from its day until the next commit', () => {
    const periods = categoryPeriods(
      [
        { day: '2025-01-10', category: 'A' },
        { day: '2025-06-15', category: 'C' },
      ],
      [],
    );
    expect(periods).toEqual([
      { category: 'A', from: null, until: '2025-06-14' },
      { category: 'C', from: '2025-06-15', until: null },
    ]);
    expect(categoryOn(periods, '2024-03-01')).toBe('A'); // the first category describes the past
    expect(categoryOn(periods, '2025-06-14')).toBe('A');
    expect(categoryOn(periods, '2025-06-15')).toBe('C');
  });

  it('lets an override beat the committed category while it stands, and not after', () => {
    const periods = categoryPeriods(
      [{ day: '2025-01-10', category: 'B' }],
      [{ category: 'A', setOn: '2025-03-01', removedOn: '2025-05-01' }],
    );
    expect(periods).toEqual([
      { category: 'B', from: null, until: '2025-02-28' },
      { category: 'A', from: '2025-03-01', until: '2025-04-30' },
      { category: 'B', from: '2025-05-01', until: null },
    ]);
  });

  it('keeps the override through a later commit, and the last commit of a day', () => {
    const periods = categoryPeriods(
      [
        { day: '2025-01-10', category: 'B' },
        { day: '2025-04-01', category: 'C' },
        { day: '2025-04-01', category: 'B' },
      ],
      [{ category: 'A', setOn: '2025-03-01', removedOn: null }],
    );
    expect(periods).toEqual([
      { category: 'B', from: null, until: '2025-02-28' },
      { category: 'A', from: '2025-03-01', until: null },
    ]);
  });

  it('counts an override removed on the day it was set never, and the newer of two', () => {
    expect(
      categoryPeriods(
        [{ day: '2025-01-10', category: null }],
        [
          { category: 'A', setOn: '2025-02-01', removedOn: '2025-02-01' },
          { category: 'B', setOn: '2025-02-01', removedOn: '2025-03-01' },
          { category: 'C', setOn: '2025-03-01', removedOn: null },
        ],
      ),
    ).toEqual([
      { category: null, from: null, until: '2025-01-31' },
      { category: 'B', from: '2025-02-01', until: '2025-02-28' },
      { category: 'C', from: '2025-03-01', until: null },
    ]);
  });

  it('knows nothing of a client without a commit or override', () => {
    expect(categoryPeriods([], [])).toEqual([]);
    expect(categoryOn([], '2025-01-01')).toBeNull();
  });

  it('judges a day by what stood then, whatever came later', () => {
    const periods = categoryPeriods(
      [
        { day: '2024-01-10', category: 'A' },
        { day: '2025-06-15', category: 'C' },
      ],
      [{ category: 'B', setOn: '2025-07-01', removedOn: null }],
    );
    expect(periodsAsOf(periods, '2024-12-31')).toEqual([
      { category: 'A', from: null, until: null },
    ]);
    expect(periodsAsOf(periods, '2025-06-20')).toEqual([
      { category: 'A', from: null, until: '2025-06-14' },
      { category: 'C', from: '2025-06-15', until: null },
    ]);
    // nothing came later: the periods themselves, not a copy
    expect(periodsAsOf(periods, '2025-07-01')).toBe(periods);
    expect(periodsAsOf([], '2025-07-01')).toEqual([]);
  });
});

describe('the stretches of a window', () => {
  const periods = categoryPeriods(
    [
      { day: '2024-01-10', category: 'A' },
      { day: '2025-06-15', category: 'C' },
    ],
    [{ category: 'B', setOn: '2025-07-01', removedOn: '2025-08-01' }],
  );

  it('cuts the periods to the window and leaves out those outside it', () => {
    expect(stretchesWithin(periods, '2025-01-01', '2025-07-10')).toEqual([
      { category: 'A', from: '2025-01-01', until: '2025-06-14' },
      { category: 'C', from: '2025-06-15', until: '2025-06-30' },
      { category: 'B', from: '2025-07-01', until: '2025-07-10' },
    ]);
    expect(stretchesWithin(periods, '2025-09-01', '2025-12-31')).toEqual([
      { category: 'C', from: '2025-09-01', until: '2025-12-31' },
    ]);
    expect(stretchesWithin([], '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('puts every day of the window in the one stretch of its category', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    const category = fc.constantFrom('A', 'B', 'C');
    fc.assert(
      fc.property(
        fc.array(fc.record({ day, category: fc.option(category) }), { maxLength: 4 }),
        fc.array(fc.record({ category, setOn: day, removedOn: fc.option(day) }), {
          maxLength: 3,
        }),
        day,
        day,
        (commits, overrides, one, other) => {
          const [from, to] = one <= other ? [one, other] : [other, one];
          const committed = [...commits].sort((a, b) => a.day.localeCompare(b.day));
          const valid = overrides.filter((o) => o.removedOn === null || o.removedOn >= o.setOn);
          const periods = categoryPeriods(committed, valid);
          const stretches = stretchesWithin(periods, from, to);
          for (let d = Number(from.slice(8)); d <= Number(to.slice(8)); d++) {
            const date = `2025-02-${String(d).padStart(2, '0')}`;
            const holding = stretches.filter((s) => s.from <= date && date <= s.until);
            if (periods.length === 0) expect(holding).toEqual([]);
            else expect(holding.map((s) => s.category)).toEqual([categoryOn(periods, date)]);
          }
        },
      ),
    );
  });
});

describe('the category now', () => {
  it('is the override, else the committed one', () => {
    expect(categoryNow('B', 'A')).toBe('A');
    expect(categoryNow('B', undefined)).toBe('B');
    expect(categoryNow(null, undefined)).toBeNull();
    expect(categoryNow(undefined, undefined)).toBeNull();
  });

  it('is the last period of the history', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    const category = fc.constantFrom('A', 'B', 'C');
    fc.assert(
      fc.property(
        fc.array(fc.record({ day, category: fc.option(category) }), { maxLength: 5 }),
        fc.array(fc.record({ category, setOn: day }), { maxLength: 3 }),
        (commits, sets) => {
          const committed: CommittedCategory[] = [...commits].sort((a, b) =>
            a.day.localeCompare(b.day),
          );
          // overrides replace each other: only the newest stands
          const ordered = [...sets].sort((a, b) => a.setOn.localeCompare(b.setOn));
          const overrides: OverridePeriod[] = ordered.map((o, i) => ({
            ...o,
            removedOn: ordered[i + 1]?.setOn ?? null,
          }));
          const periods = categoryPeriods(committed, overrides);
          expect(periods.at(-1)?.category ?? null).toBe(
            categoryNow(committed.at(-1)?.category, ordered.at(-1)?.category),
          );
        },
      ),
    );
  });
});
