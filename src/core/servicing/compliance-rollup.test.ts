import { describe, expect, it } from 'vitest';
import {
  clientCompliance,
  type ClientComplianceInput,
  type CompliancePeriod,
} from './client-compliance.ts';
import {
  addClient,
  addRequests,
  complianceRollup,
  finishedRollup,
  runningRollup,
} from './compliance-rollup.ts';
import type { ServiceConcept } from './service-concept.ts';
import { presetServiceConcepts } from './service-presets.ts';

const [a, , c] = presetServiceConcepts('freelancerAbc') as [
  ServiceConcept,
  ServiceConcept,
  ServiceConcept,
];
const year2025: CompliancePeriod = { from: '2025-01-01', to: '2025-12-31', today: '2025-12-01' };
const noDuties = { revenueForecast: false, evaluationConversation: false, accountPlan: false };

const client = (overrides: Partial<ClientComplianceInput> = {}): ClientComplianceInput => ({
  concept: a,
  since: '2020-01-01',
  lastPersonalContact: '2025-11-20',
  personalContactsInPeriod: 6,
  callBacks: [],
  proposals: [],
  dutiesDone: noDuties,
  ...overrides,
});

describe('the figures of a group of clients', () => {
  it('adds up clients, overdue contacts, minimums on track, requests and duties', () => {
    const concept = { ...a, yearlyRevenueForecast: true };
    const clients = [
      clientCompliance(client({ concept }), year2025),
      clientCompliance(
        client({
          concept,
          lastPersonalContact: '2025-01-10',
          personalContactsInPeriod: 1,
          dutiesDone: { ...noDuties, revenueForecast: true },
          proposals: [{ requested: '2025-11-21', done: '2025-11-25' }],
        }),
        year2025,
      ),
      clientCompliance(
        client({ concept: c, proposals: [{ requested: '2025-11-21', done: null }] }),
        year2025,
      ),
    ];
    const rollup = complianceRollup(clients);
    expect(rollup).toMatchObject({
      clients: 3,
      delivered: 2,
      withInterval: 2,
      contactOverdue: 1,
      withMinimum: 2,
      contactsOnTrack: 2,
      dutiesRequired: 2,
      dutiesDone: 1,
    });
    expect(rollup.proposals).toMatchObject({ judged: 1, withinNorm: 0, done: 1 });
    expect(complianceRollup([])).toMatchObject({ clients: 0, delivered: 0 });
  });

  it('takes the requests given apart, for a professional answering for calls at any client', () => {
    const rollup = complianceRollup([], {
      callBacks: [],
      proposals: [
        {
          deadline: '2025-01-02',
          workingDaysTaken: 1,
          status: 'onTime',
          withinNorm: true,
          daysOverdue: 0,
        },
      ],
    });
    expect(rollup.proposals).toMatchObject({
      judged: 1,
      withinNorm: 1,
      withinNormBasisPoints: 10_000,
    });
  });

  it('adds up client by client to the same figures as the whole group at once', () => {
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
    const running = runningRollup();
    for (const one of clients) {
      addClient(running, one);
      addRequests(running, one);
    }
    expect(finishedRollup(running)).toEqual(complianceRollup(clients));
    expect(finishedRollup(running)).toMatchObject({ clients: 3, delivered: 1 });
    // a professional: the clients managed, and the requests asked of them wherever they are
    const professional = runningRollup();
    addClient(professional, clients[0]!);
    addRequests(professional, { callBacks: [], proposals: clients[1]!.proposals });
    expect(finishedRollup(professional)).toEqual(
      complianceRollup([clients[0]!], { callBacks: [], proposals: clients[1]!.proposals }),
    );
    expect(finishedRollup(professional).proposals.judged).toBe(1);
  });
});
