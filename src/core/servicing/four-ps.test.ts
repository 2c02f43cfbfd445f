import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityTypes, fourPBalance, fourPs, suggestedP, type FourP } from './four-ps.ts';

describe('suggestedP', () => {
  it('suggests a P for every type but other', () => {
    expect(Object.fromEntries(activityTypes.map((type) => [type, suggestedP(type)]))).toEqual({
      visit: 'person',
      call: 'person',
      meeting: 'project',
      email: 'process',
      event: 'process',
      invitation: 'person',
      gift: 'person',
      proposal: 'process',
      evaluation: 'project',
      mailing: 'process',
      other: null,
    });
  });
  it('keeps the advised order project → person → process → partnership', () => {
    expect(fourPs).toEqual(['project', 'person', 'process', 'partnership']);
  });
});

describe('fourPBalance', () => {
  it('counts per P and shares them exactly, leaving out activities without a P', () => {
    const ps: (FourP | null)[] = ['project', 'project', 'person', 'process', 'process', 'process'];
    const balance = fourPBalance([...ps, null].map((p) => ({ p })));
    expect(balance).toEqual({
      counts: { project: 2, person: 1, process: 3, partnership: 0 },
      total: 6,
      // 1/3, 1/6, 1/2: 3333.3, 1666.6, 5000 → the missing point goes to the largest remainder
      shareBasisPoints: { project: 3333, person: 1667, process: 5000, partnership: 0 },
      firstMissing: 'partnership',
    });
  });
  it('shares nothing over no activities, and names project as the first to do', () => {
    expect(fourPBalance([])).toMatchObject({
      total: 0,
      shareBasisPoints: { project: 0, person: 0, process: 0, partnership: 0 },
      firstMissing: 'project',
    });
  });
  it('always adds the shares up to 100% when there is an activity with a P', () => {
    const pArbitrary = fc.option(fc.constantFrom(...fourPs), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ p: pArbitrary })), (activities) => {
        const balance = fourPBalance(activities);
        const sum = fourPs.reduce((total, p) => total + balance.shareBasisPoints[p], 0);
        expect(sum).toBe(balance.total > 0 ? 10_000 : 0);
        expect(balance.total).toBe(activities.filter((a) => a.p !== null).length);
      }),
    );
  });
});
