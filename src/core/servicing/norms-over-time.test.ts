import { describe, expect, it } from 'vitest';
import {
  complianceClient as client,
  conceptA as a,
  conceptB as b,
  conceptC as c,
  year2025,
} from '../../../test/helpers/compliance-clients.ts';
import { clientCompliance } from './client-compliance.ts';
import {
  conceptOn,
  contactDueDate,
  expectedContactsOver,
  normsFromClientStart,
  type ConceptPeriod,
} from './norms-over-time.ts';

/** A until 14 June 2025, then the concept given. */
const aThen = (after: ConceptPeriod['concept']): ConceptPeriod[] => [
  { concept: a, from: null, until: '2025-06-14' },
  { concept: after, from: '2025-06-15', until: null },
];

describe('the norms over time', () => {
  it('gives the norms of the day', () => {
    expect(conceptOn(aThen(c), '2025-06-14')).toBe(a);
    expect(conceptOn(aThen(c), '2025-06-15')).toBe(c);
    expect(conceptOn([], '2025-06-15')).toBeNull();
  });

  it('lets personal contact fall due in the period whose interval runs out while it holds', () => {
    // A's 60 days run out on 30 April, while A holds
    expect(contactDueDate('2025-03-01', aThen(c))).toBe('2025-04-30');
    // A's would run out after it left A; C has no interval: never due
    expect(contactDueDate('2025-05-01', aThen(c))).toBeNull();
    // then B's 180 days from the same contact
    expect(contactDueDate('2025-05-01', aThen(b))).toBe('2025-10-28');
    // from C to A: A's interval had run out before, so due on the day it became A
    const cThenA: ConceptPeriod[] = [
      { concept: c, from: null, until: '2025-06-14' },
      { concept: a, from: '2025-06-15', until: null },
    ];
    expect(contactDueDate('2025-01-01', cThenA)).toBe('2025-06-15');
    // one concept all along: the interval from the last contact
    expect(contactDueDate('2025-05-01', [{ concept: a, from: null, until: null }])).toBe(
      '2025-06-30',
    );
  });

  it('asks each minimum for the share of the year spent in its category', () => {
    const four = { ...a, minimumPersonalContactsPerYear: 4 };
    const fourThenC: ConceptPeriod[] = [
      { concept: four, from: null, until: '2025-06-30' },
      { concept: c, from: '2025-07-01', until: null },
    ];
    // 181 of 365 days under 4 a year: 1.98, rounded down
    expect(expectedContactsOver(fourThenC, { ...year2025, today: '2025-12-31' })).toBe(1);
    // the same as one concept all year
    expect(expectedContactsOver([{ concept: four, from: null, until: null }], year2025)).toBe(3);
    expect(expectedContactsOver(fourThenC, { ...year2025, today: '2025-03-31' })).toBe(0);
  });
});

describe('compliance of a client that changed category', () => {
  it('owes a request the norm of the day it came in', () => {
    const proposals = [{ requested: '2025-03-07', done: '2025-03-12' }]; // late under A's two days
    const callBacks = [{ requested: '2025-11-27', done: null }]; // under C: no norm
    const judged = clientCompliance(
      client({ concept: c, conceptsOverTime: aThen(c), proposals, callBacks }),
      year2025,
    );
    expect(judged.proposals[0]?.status).toBe('late');
    expect(judged.callBacks[0]?.status).not.toBe('overdue');
    expect(judged.shortfalls).toEqual([{ code: 'proposalsLate', count: 1 }]);
    // judged by today's C alone, the late proposal went unseen
    expect(clientCompliance(client({ concept: c, proposals, callBacks }), year2025).delivered).toBe(
      true,
    );
  });

  it('finds personal contact overdue that fell due while the client was A', () => {
    const judged = clientCompliance(
      client({ concept: c, conceptsOverTime: aThen(c), lastPersonalContact: '2025-01-10' }),
      year2025,
    );
    expect(judged.contact.dueDate).toBe('2025-03-11');
    expect(judged.shortfalls[0]).toMatchObject({ code: 'contactOverdue' });
  });
});

describe('the norms from the day a client became one', () => {
  it('cuts the periods before it and starts the first on it', () => {
    expect(normsFromClientStart('2025-10-01', aThen(c))).toEqual([
      { concept: c, from: '2025-10-01', until: null },
    ]);
    expect(normsFromClientStart('2025-03-01', aThen(b))).toEqual([
      { concept: a, from: '2025-03-01', until: '2025-06-14' },
      { concept: b, from: '2025-06-15', until: null },
    ]);
    // A's 4 a year asked for the 92 days from 1 October only
    const fromOctober = normsFromClientStart('2025-10-01', [
      { concept: a, from: null, until: null },
    ]);
    expect(expectedContactsOver(fromOctober, { ...year2025, today: '2025-12-31' })).toBe(
      Math.floor((a.minimumPersonalContactsPerYear * 92) / 365),
    );
  });
});

describe('norms from the client’s start to its end', () => {
  it('cut the periods to the days between, both ends counted', () => {
    const periods = [
      { concept: null, from: null, until: '2025-02-28' },
      { concept: null, from: '2025-03-01', until: '2025-09-30' },
      { concept: null, from: '2025-10-01', until: null },
    ];
    expect(normsFromClientStart('2025-01-15', periods, '2025-06-30')).toEqual([
      { concept: null, from: '2025-01-15', until: '2025-02-28' },
      { concept: null, from: '2025-03-01', until: '2025-06-30' },
    ]);
    // still a client: open at the end, as before
    expect(normsFromClientStart('2025-01-15', periods).at(-1)).toEqual(periods[2]);
  });
});
