import { describe, expect, it } from 'vitest';
import {
  complianceClient as client,
  conceptA as a,
  conceptC as c,
  noDuties,
  year2025,
} from '../../../test/helpers/compliance-clients.ts';
import { clientCompliance, type ClientCompliance } from './client-compliance.ts';
import { addClient, addRequests, finishedRollup, runningRollup } from './compliance-rollup.ts';
import type { RequestCheck } from './request-norms.ts';

/** The figures of clients added one by one, each with its own requests. */
function rollupOf(clients: readonly ClientCompliance[]) {
  const rollup = runningRollup();
  for (const one of clients) {
    addClient(rollup, one);
    addRequests(rollup, one);
  }
  return finishedRollup(rollup);
}

describe('the figures of a group of clients', () => {
  it('adds up clients, overdue contacts, minimums on track, requests and duties', () => {
    const concept = { ...a, yearlyRevenueForecast: true, secondProfessionalPerAssignment: true };
    const reach = { relationshipManagerId: 'anna', secondProfessionalId: 'bram', accountTeam: [] };
    const clients = [
      clientCompliance(
        client({
          concept,
          reach,
          runningAssignments: [{ professionalId: 'anna' }, { professionalId: 'bram' }],
        }),
        year2025,
      ),
      clientCompliance(
        client({
          concept,
          lastPersonalContact: '2025-01-10',
          personalContactsInPeriod: 1,
          dutiesDone: { ...noDuties, revenueForecast: true },
          // asked on a Friday, due the Tuesday after, sent on the Wednesday: late
          proposals: [{ requested: '2025-11-21', done: '2025-11-26' }],
        }),
        year2025,
      ),
      clientCompliance(
        client({ concept: c, proposals: [{ requested: '2025-11-21', done: null }] }),
        year2025,
      ),
    ];
    const rollup = rollupOf(clients);
    expect(rollup).toMatchObject({
      clients: 3,
      delivered: 1,
      withInterval: 2,
      contactOverdue: 1,
      withMinimum: 2,
      contactsOnTrack: 2,
      // per A-client a forecast, a mailing and a gift
      dutiesRequired: 6,
      dutiesDone: 1,
      // bram runs the second assignment and has no second of his own
      assignmentsRunning: 2,
      assignmentsCovered: 1,
    });
    expect(rollup.proposals).toMatchObject({ judged: 1, withinNorm: 0, done: 1 });
    expect(rollupOf([])).toMatchObject({ clients: 0, delivered: 0 });
  });

  it('takes the requests given apart, for a professional answering for calls at any client', () => {
    const onTime: RequestCheck = {
      deadline: '2025-01-02',
      workingDaysTaken: 1,
      status: 'onTime',
      withinNorm: true,
      workingDaysOverdue: 0,
    };
    const running = runningRollup();
    addRequests(running, { callBacks: [], proposals: [onTime] });
    const rollup = finishedRollup(running);
    expect(rollup.clients).toBe(0);
    expect(rollup.proposals).toMatchObject({
      judged: 1,
      withinNorm: 1,
      withinNormBasisPoints: 10_000,
    });
  });

  it('counts for a professional the clients managed and the requests asked of them apart', () => {
    const clients = [
      clientCompliance(client({ lastPersonalContact: null }), year2025),
      clientCompliance(
        client({ proposals: [{ requested: '2025-11-21', done: '2025-11-28' }] }),
        year2025,
      ),
      clientCompliance(
        client({ concept: c, callBacks: [{ requested: '2025-11-21', done: null }] }),
        year2025,
      ),
    ];
    expect(rollupOf(clients)).toMatchObject({ clients: 3, delivered: 1 });
    expect(rollupOf(clients).proposals.judged).toBe(1);
    // managing the first client, asked for the second client's proposal
    const professional = runningRollup();
    addClient(professional, clients[0]!);
    addRequests(professional, { callBacks: [], proposals: clients[1]!.proposals });
    expect(finishedRollup(professional)).toMatchObject({
      clients: 1,
      delivered: 0,
      contactOverdue: 1,
      proposals: { judged: 1, withinNorm: 0 },
    });
  });

  it('counts every norm once as met, not met or not yet, with shares adding up to 100%', () => {
    const clients = [
      // seen lately and often enough; the mailing and the gift can still be done this year
      clientCompliance(client(), year2025),
      clientCompliance(
        client({
          // overdue, one contact of the minimum of two (on track), the mailing sent
          lastPersonalContact: '2025-01-10',
          personalContactsInPeriod: 1,
          dutiesDone: { ...noDuties, mailing: true },
          proposals: [{ requested: '2025-11-21', done: '2025-11-26' }],
          callBacks: [{ requested: '2025-12-01', done: null }],
        }),
        year2025,
      ),
      // a C-client sets no norm: its open proposal has none to be judged by
      clientCompliance(
        client({ concept: c, proposals: [{ requested: '2025-11-21', done: null }] }),
        year2025,
      ),
    ];
    expect(rollupOf(clients).norms).toEqual({
      met: 3,
      notMet: 2,
      notYet: 5,
      shareBasisPoints: { met: 3000, notMet: 2000, notYet: 5000 },
    });
    expect(rollupOf([]).norms).toEqual({
      met: 0,
      notMet: 0,
      notYet: 0,
      shareBasisPoints: { met: 0, notMet: 0, notYet: 0 },
    });
  });

  it('calls a duty or a minimum not met once the year is over, and an uncovered assignment', () => {
    const over = { ...year2025, today: '2025-12-31' };
    const concept = { ...a, secondProfessionalPerAssignment: true };
    const reach = { relationshipManagerId: 'anna', secondProfessionalId: 'bram', accountTeam: [] };
    const judged = clientCompliance(
      client({
        concept,
        reach,
        personalContactsInPeriod: 1,
        dutiesDone: { ...noDuties, giftOrGreeting: true },
        runningAssignments: [{ professionalId: 'anna' }, { professionalId: 'bram' }],
      }),
      over,
    );
    // met: the interval, the gift, anna's assignment; not met: the minimum, the mailing, bram's
    expect(rollupOf([judged]).norms).toMatchObject({ met: 3, notMet: 3, notYet: 0 });
  });
});
