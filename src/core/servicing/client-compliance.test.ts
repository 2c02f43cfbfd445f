import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './calendar-days.ts';
import {
  clientCompliance,
  expectedContactsByNow,
  isClientDuring,
  yearlyDutiesAsked,
} from './client-compliance.ts';
import {
  complianceClient as client,
  conceptA as a,
  conceptB as b,
  conceptC as c,
  noDuties,
  year2025,
} from '../../../test/helpers/compliance-clients.ts';
import { defaultServiceConcept } from './service-concept.ts';

describe('is the service concept delivered to a client', () => {
  it('finds an A-client without personal contact for 61 days overdue under its 60-day norm, and one at 60 days not', () => {
    const at61 = clientCompliance(
      client({ lastPersonalContact: addCalendarDays(year2025.today, -61) }),
      year2025,
    );
    expect(at61.contact.status).toBe('overdue');
    expect(at61.shortfalls).toEqual([{ code: 'contactOverdue', daysOverdue: 1 }]);
    expect(at61.delivered).toBe(false);
    const at60 = clientCompliance(
      client({ lastPersonalContact: addCalendarDays(year2025.today, -60) }),
      year2025,
    );
    expect(at60.contact.status).toBe('due');
    expect(at60.delivered).toBe(true);
  });

  it('judges a proposal asked for on Friday 7 March 2025 and sent Wednesday 12 March late for an A-client (due Tuesday) and on time for a B-client', () => {
    const proposals = [{ requested: '2025-03-07', done: '2025-03-12' }];
    const sentTuesday = [{ requested: '2025-03-07', done: '2025-03-11' }];
    expect(clientCompliance(client({ proposals: sentTuesday }), year2025).delivered).toBe(true);
    const forA = clientCompliance(client({ proposals }), year2025);
    expect(forA.proposals[0]?.status).toBe('late');
    expect(forA.shortfalls).toEqual([{ code: 'proposalsLate', count: 1 }]);
    const forB = clientCompliance(client({ concept: b, proposals }), year2025);
    expect(forB.proposals[0]?.status).toBe('onTime');
    expect(forB.delivered).toBe(true);
  });

  it('counts a call not returned past its deadline as late, and one still within it as not judged', () => {
    const checked = clientCompliance(
      client({
        callBacks: [
          { requested: '2025-11-27', done: null },
          { requested: '2025-12-01', done: null },
        ],
      }),
      year2025,
    );
    expect(checked.callBacks.map((check) => check.status)).toEqual(['overdue', 'open']);
    expect(checked.shortfalls).toEqual([{ code: 'callBacksLate', count: 1 }]);
  });

  it('asks the minimum of personal contacts pro rata while the year runs, and all of it at its end', () => {
    const on = (today: string) => ({ ...year2025, today });
    expect(expectedContactsByNow(2, on('2025-01-01'))).toBe(0);
    expect(expectedContactsByNow(2, on('2025-07-01'))).toBe(0);
    expect(expectedContactsByNow(2, on('2025-07-02'))).toBe(1);
    expect(expectedContactsByNow(2, on('2025-12-31'))).toBe(2);
    expect(expectedContactsByNow(2, on('2026-03-01'))).toBe(2);
    expect(expectedContactsByNow(2, on('2024-12-01'))).toBe(0);
    // a frozen period is counted once; one that is changed is counted again
    const frozen = Object.freeze(on('2025-07-02'));
    expect([expectedContactsByNow(2, frozen), expectedContactsByNow(2, frozen)]).toEqual([1, 1]);
    const moving = on('2025-07-01');
    expect(expectedContactsByNow(2, moving)).toBe(0);
    moving.today = '2025-12-31';
    expect(expectedContactsByNow(2, moving)).toBe(2);
    const once = clientCompliance(
      client({
        concept: b,
        personalContactsInPeriod: 1,
        dutiesDone: { ...noDuties, mailing: true, giftOrGreeting: true },
      }),
      on('2026-01-05'),
    );
    expect(once.shortfalls).toEqual([{ code: 'tooFewContacts', count: 1, expected: 2 }]);
  });

  it('asks nothing of a C-client of the freelancer: no interval, no minimum, no norms', () => {
    const checked = clientCompliance(
      client({
        concept: c,
        lastPersonalContact: null,
        personalContactsInPeriod: 0,
        proposals: [{ requested: '2025-01-03', done: '2025-03-01' }],
      }),
      year2025,
    );
    expect(checked.contact.status).toBe('noNorm');
    expect(checked.proposals[0]?.withinNorm).toBeNull();
    expect(checked.delivered).toBe(true);
  });

  it('counts a yearly duty not done as missed only once the year is over', () => {
    const concept = {
      ...defaultServiceConcept('major'),
      yearlyRevenueForecast: true,
      yearlyEvaluationConversation: true,
    };
    const input = client({
      concept,
      dutiesDone: { ...noDuties, revenueForecast: true },
    });
    const during = clientCompliance(input, year2025);
    expect(during.duties).toEqual([
      { duty: 'revenueForecast', done: true },
      { duty: 'evaluationConversation', done: false },
    ]);
    expect(during.delivered).toBe(true);
    const after = clientCompliance(input, { ...year2025, today: '2026-01-02' });
    expect(after.shortfalls).toContainEqual({ code: 'dutyMissed', duty: 'evaluationConversation' });
    expect(after.delivered).toBe(false);
  });

  it('judges a client that became one on 1 October 2025 only from that day (decision 0031)', () => {
    const concept = {
      ...a,
      yearlyEvaluationConversation: true,
      minimumPersonalContactsPerYear: 12,
    };
    const newer = client({
      concept,
      since: '2025-10-01',
      lastPersonalContact: '2025-03-01',
      personalContactsInPeriod: 0,
    });
    const over = { ...year2025, today: '2026-01-05' };
    // not judged over 2024 at all; in 2025 no yearly duty, the minimum of 12 for 92 of 365 days
    expect(
      isClientDuring(newer.since, { from: '2024-01-01', to: '2024-12-31', today: '2024-12-31' }),
    ).toBe(false);
    expect(isClientDuring(newer.since, over)).toBe(true);
    expect(yearlyDutiesAsked(newer.since, over)).toBe(false);
    expect(yearlyDutiesAsked('2025-01-01', over)).toBe(true);
    const judged = clientCompliance(newer, over);
    expect(judged.duties).toEqual([]);
    expect(judged.personalContacts.expectedByNow).toBe(Math.floor((12 * 92) / 365));
    // seen as a prospect in March: the 60-day interval did not run before 1 October
    expect(judged.contact.dueDate).toBe('2025-10-01');
    expect(judged.shortfalls).toEqual([
      { code: 'contactOverdue', daysOverdue: 96 },
      { code: 'tooFewContacts', count: 0, expected: 3 },
    ]);
    // a client all the year is asked every duty, as before
    const older = clientCompliance({ ...newer, since: '2024-06-01' }, over);
    expect(older.duties.map((duty) => duty.duty)).toContain('evaluationConversation');
    expect(older.contact.dueDate).toBe('2025-04-30');
  });

  it('judges a former client that left on 30 June 2025 only up to that day (decision 0032)', () => {
    const concept = {
      ...a,
      yearlyEvaluationConversation: true,
      minimumPersonalContactsPerYear: 12,
    };
    const former = client({
      concept,
      since: '2020-01-01',
      until: '2025-06-30',
      lastPersonalContact: '2025-03-01',
      personalContactsInPeriod: 2,
    });
    const over = { ...year2025, today: '2026-01-05' };
    // judged in 2025, the year it left in; not in 2026 any more
    expect(isClientDuring(former.since, over, former.until)).toBe(true);
    expect(
      isClientDuring(
        former.since,
        { from: '2026-01-01', to: '2026-12-31', today: '2026-03-01' },
        '2025-06-30',
      ),
    ).toBe(false);
    // not a client all the year: no yearly duty; the minimum of 12 for 181 of 365 days
    expect(yearlyDutiesAsked(former.since, over, former.until)).toBe(false);
    const judged = clientCompliance(former, over);
    expect(judged.duties).toEqual([]);
    expect(judged.personalContacts.expectedByNow).toBe(Math.floor((12 * 181) / 365));
    // its contact fell due on 30 April and was overdue on the day it left, not ever after
    expect(judged.contact).toMatchObject({ dueDate: '2025-04-30', daysOverdue: 61 });
    expect(judged.shortfalls).toEqual([
      { code: 'contactOverdue', daysOverdue: 61 },
      { code: 'tooFewContacts', count: 2, expected: 5 },
    ]);
    // seen on 1 June: the interval runs out after it left, so nothing fell due
    const seen = clientCompliance(
      { ...former, lastPersonalContact: '2025-06-01', personalContactsInPeriod: 5 },
      over,
    );
    expect(seen.contact.status).toBe('noNorm');
    expect(seen.delivered).toBe(true);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      clientCompliance(client(), { from: '2025-12-31', to: '2025-01-01', today: '2025-06-01' }),
    ).toThrow(/before the period starts/);
  });

  it('is delivered exactly when there is no shortfall, whatever the input', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays('2024-06-01', n));
    fc.assert(
      fc.property(
        fc.constantFrom(a, b, c),
        fc.option(day),
        fc.nat(10),
        fc.array(fc.record({ requested: day, done: fc.option(day) }), { maxLength: 4 }),
        day,
        (concept, last, count, requests, today) => {
          const ordered = requests.map((r) => ({
            requested: r.requested,
            done: r.done !== null && r.done < r.requested ? r.requested : r.done,
          }));
          const checked = clientCompliance(
            client({
              concept,
              lastPersonalContact: last,
              personalContactsInPeriod: count,
              callBacks: ordered,
              proposals: ordered,
            }),
            { ...year2025, today },
          );
          expect(checked.delivered).toBe(checked.shortfalls.length === 0);
          const late = checked.proposals.filter((p) => p.withinNorm === false).length;
          expect(checked.shortfalls.some((s) => s.code === 'proposalsLate')).toBe(late > 0);
        },
      ),
    );
  });
});
