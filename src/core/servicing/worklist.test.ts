import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from './calendar-days.ts';
import { proposalCheck } from './request-norms.ts';
import { presetServiceConcepts } from './service-presets.ts';
import { worklist, type WorklistClient } from './worklist.ts';

const today = '2025-11-26'; // a Wednesday
const concepts = presetServiceConcepts('freelancerAbc');

function client(overrides: Partial<WorklistClient> & { organizationId: string }): WorklistClient {
  return {
    categoryKey: 'A',
    valueCents: 1_000_00,
    relationshipManagerId: 'anna',
    assignedSince: '2020-01-01',
    lastPersonalContact: addCalendarDays(today, -10),
    openCallBacks: [],
    openProposals: [],
    plannedActivities: [],
    followUps: [],
    ...overrides,
  };
}

const forgotten = client({
  organizationId: 'acme',
  lastPersonalContact: addCalendarDays(today, -61),
});

describe('worklist', () => {
  it('puts the A-client without contact for 61 days on its relationship manager’s list only', () => {
    const clients = [forgotten];
    expect(worklist({ professionalId: 'anna', clients, concepts, today })).toEqual([
      {
        kind: 'personalContact',
        organizationId: 'acme',
        categoryKey: 'A',
        valueCents: 1_000_00,
        itemId: null,
        dueDate: '2025-11-25',
        overdue: true,
        daysOverdue: 1,
        workingDaysOverdue: null,
      },
    ]);
    for (const professionalId of ['bram', 'carla'])
      expect(worklist({ professionalId, clients, concepts, today })).toEqual([]);
  });
  it('lists an open complaint for the professional it concerns, else the relationship manager, due by its next step (method §15)', () => {
    // Wednesday 26 November 2025; the preset's A keeps the default complaint norms: 2 and 10
    const complained = client({
      organizationId: 'acme',
      openComplaints: [
        // received Friday 21 November: acknowledged by Tuesday 25 November, a day overdue
        {
          id: 'late',
          receivedOn: '2025-11-21',
          acknowledgedOn: null,
          solvedOn: null,
          professionalId: null,
        },
        // acknowledged: solved within ten working days of Monday 24 November, by 8 December
        {
          id: 'solving',
          receivedOn: '2025-11-24',
          acknowledgedOn: '2025-11-25',
          solvedOn: null,
          professionalId: null,
        },
        // solved, waiting to be closed: no deadline
        {
          id: 'toClose',
          receivedOn: '2025-11-03',
          acknowledgedOn: '2025-11-04',
          solvedOn: '2025-11-20',
          professionalId: null,
        },
        {
          id: 'bram',
          receivedOn: '2025-11-26',
          acknowledgedOn: null,
          solvedOn: null,
          professionalId: 'bram',
        },
      ],
    });
    const of = (professionalId: string, until?: string) =>
      worklist({
        professionalId,
        clients: [complained],
        concepts,
        today,
        ...(until ? { until } : {}),
      })
        .filter((item) => item.kind === 'complaint')
        .map(({ itemId, dueDate, overdue, workingDaysOverdue }) => ({
          itemId,
          dueDate,
          overdue,
          workingDaysOverdue,
        }));
    expect(of('anna', '2025-12-31')).toEqual([
      { itemId: 'toClose', dueDate: '2025-11-20', overdue: false, workingDaysOverdue: null },
      { itemId: 'late', dueDate: '2025-11-25', overdue: true, workingDaysOverdue: 1 },
      { itemId: 'solving', dueDate: '2025-12-08', overdue: false, workingDaysOverdue: 0 },
    ]);
    // listed from the day it came in, not only once its deadline nears
    expect(of('anna').map((item) => item.itemId)).toEqual(['toClose', 'late', 'solving']);
    expect(of('bram')).toEqual([
      { itemId: 'bram', dueDate: '2025-11-28', overdue: false, workingDaysOverdue: 0 },
    ]);
  });
  it('lists the evaluation after an ended assignment for the relationship manager, and an open improvement plan for its owner, from the day they arise until done (method §7)', () => {
    const evaluated = client({
      organizationId: 'acme',
      evaluationsDue: [
        {
          assignmentId: 'job',
          dueFrom: addCalendarDays(today, -5),
          deadline: addCalendarDays(today, 25),
        },
      ],
      improvementPlans: [
        {
          id: 'plan',
          openedOn: addCalendarDays(today, -40),
          dueOn: addCalendarDays(today, -10),
          ownerId: null,
        },
        { id: 'bram', openedOn: today, dueOn: addCalendarDays(today, 30), ownerId: 'bram' },
      ],
    });
    const items = worklist({ professionalId: 'anna', clients: [evaluated], concepts, today });
    expect(
      items.map(({ kind, itemId, dueDate, overdue, daysOverdue }) => ({
        kind,
        itemId,
        dueDate,
        overdue,
        daysOverdue,
      })),
    ).toEqual([
      {
        kind: 'improvementPlan',
        itemId: 'plan',
        dueDate: addCalendarDays(today, -10),
        overdue: true,
        daysOverdue: 10,
      },
      {
        kind: 'evaluation',
        itemId: 'job',
        dueDate: addCalendarDays(today, 25),
        overdue: false,
        daysOverdue: 0,
      },
    ]);
    // the plan that names Bram is his, even at today's list: it is open until closed
    const bram = worklist({ professionalId: 'bram', clients: [evaluated], concepts, today });
    expect(bram.map((item) => item.itemId)).toEqual(['bram']);
  });

  it('lists the thank-you to an ambassador for the relationship manager of the referrer, from the referred client’s start, due 14 days later (method §10)', () => {
    const atlas = client({
      organizationId: 'atlas',
      thankYous: [
        {
          referredOrganizationId: 'noord',
          dueFrom: addCalendarDays(today, -3),
          dueOn: addCalendarDays(today, 11),
        },
      ],
    });
    const items = worklist({ professionalId: 'anna', clients: [atlas], concepts, today });
    expect(
      items.map(({ kind, itemId, dueDate, overdue }) => ({ kind, itemId, dueDate, overdue })),
    ).toEqual([
      {
        kind: 'thankAmbassador',
        itemId: 'noord',
        dueDate: addCalendarDays(today, 11),
        overdue: false,
      },
    ]);
    expect(worklist({ professionalId: 'bram', clients: [atlas], concepts, today })).toEqual([]);
  });

  it('does not find personal contact due before the client became one (decision 0031)', () => {
    const newer = client({
      organizationId: 'newer',
      assignedSince: addCalendarDays(today, -5),
      lastPersonalContact: addCalendarDays(today, -200),
    });
    const [item] = worklist({ professionalId: 'anna', clients: [newer], concepts, today });
    expect(item).toMatchObject({ dueDate: addCalendarDays(today, -5), daysOverdue: 5 });
  });

  it('has nothing due by a norm for a former client after it left (decision 0032)', () => {
    const left = addCalendarDays(today, -30);
    const former = client({
      organizationId: 'former',
      clientUntil: left,
      lastPersonalContact: addCalendarDays(today, -200),
      openCallBacks: [
        // called while still a client: an A-client is called back the same working day
        { id: 'before', requested: addCalendarDays(left, -1), forProfessionalId: null },
        // called after it left: no norm gives it a deadline
        { id: 'after', requested: addCalendarDays(today, -7), forProfessionalId: null },
      ],
    });
    const items = worklist({ professionalId: 'anna', clients: [former], concepts, today });
    expect(items.map((item) => [item.kind, item.itemId, item.overdue])).toEqual([
      ['callBack', 'before', true],
      ['callBack', 'after', false],
    ]);
  });

  it('lists a contact due today, but not one due tomorrow unless asked up to then', () => {
    const due = client({ organizationId: 'due', lastPersonalContact: addCalendarDays(today, -60) });
    const later = client({
      organizationId: 'later',
      lastPersonalContact: addCalendarDays(today, -59),
    });
    const clients = [due, later];
    expect(worklist({ professionalId: 'anna', clients, concepts, today })).toMatchObject([
      { organizationId: 'due', overdue: false, daysOverdue: 0, dueDate: today },
    ]);
    const week = worklist({
      professionalId: 'anna',
      clients,
      concepts,
      today,
      until: '2025-11-30',
    });
    expect(week.map((item) => item.organizationId)).toEqual(['due', 'later']);
  });
  it('gives call-backs, proposals, activities and follow-ups to whom they are for', () => {
    const busy = client({
      organizationId: 'busy',
      openCallBacks: [
        { id: 'call-anna', requested: '2025-11-25', forProfessionalId: null },
        { id: 'call-bram', requested: '2025-11-25', forProfessionalId: 'bram' },
      ],
      openProposals: [{ id: 'proposal', requested: '2025-11-21', ownerId: 'bram' }],
      plannedActivities: [
        { id: 'visit', date: '2025-11-20', professionalIds: ['anna', 'bram'] },
        { id: 'lunch', date: '2025-12-10', professionalIds: ['bram'] },
      ],
      followUps: [{ id: 'follow-up', due: today, ownerId: null }],
    });
    const list = (professionalId: string) =>
      worklist({ professionalId, clients: [busy], concepts, today }).map((item) => [
        item.kind,
        item.itemId,
        item.dueDate,
        item.daysOverdue,
      ]);
    expect(list('anna')).toEqual([
      ['plannedActivity', 'visit', '2025-11-20', 6],
      ['callBack', 'call-anna', '2025-11-25', 1], // the same working day for an A-client
      ['followUp', 'follow-up', today, 0],
    ]);
    expect(list('bram')).toEqual([
      ['plannedActivity', 'visit', '2025-11-20', 6],
      ['callBack', 'call-bram', '2025-11-25', 1],
      ['proposal', 'proposal', '2025-11-25', 1], // two working days after Friday: Tuesday
    ]);
  });
  it('a proposal asked for on Friday 7 March 2025 within two working days is on the worklist due Tuesday 11 March, one working day overdue on Wednesday', () => {
    const asked = client({
      organizationId: 'asked',
      lastPersonalContact: '2025-03-01',
      openProposals: [{ id: 'proposal', requested: '2025-03-07', ownerId: null }],
    });
    const at = (day: string) =>
      worklist({ professionalId: 'anna', clients: [asked], concepts, today: day }).find(
        (item) => item.kind === 'proposal',
      );
    expect(at('2025-03-10')).toBeUndefined();
    expect(at('2025-03-11')).toMatchObject({ dueDate: '2025-03-11', overdue: false });
    expect(at('2025-03-12')).toMatchObject({ overdue: true, workingDaysOverdue: 1 });
    // the worklist's lateness is the proposal's own: one rule counts both
    expect(at('2025-03-17')?.workingDaysOverdue).toBe(
      proposalCheck({
        requested: '2025-03-07',
        done: null,
        today: '2025-03-17',
        turnaroundWorkingDays: 2,
      }).workingDaysOverdue,
    );
  });
  it('never finds a call-back without a deadline overdue, and lists no proposal without a norm', () => {
    const c = client({
      organizationId: 'c-client',
      categoryKey: 'C',
      openCallBacks: [{ id: 'call', requested: '2025-11-15', forProfessionalId: null }],
      openProposals: [{ id: 'proposal', requested: '2025-11-01', ownerId: null }],
    });
    expect(worklist({ professionalId: 'anna', clients: [c], concepts, today })).toMatchObject([
      { kind: 'callBack', dueDate: '2025-11-17', overdue: false, daysOverdue: 0 },
    ]);
  });
  it('puts the most valuable client first, its items together', () => {
    const small = client({
      organizationId: 'small',
      valueCents: 10_00,
      lastPersonalContact: '2025-01-01',
    });
    const large = client({
      organizationId: 'large',
      valueCents: 50_000_00,
      lastPersonalContact: '2025-09-01',
      followUps: [{ id: 'f', due: '2025-11-01', ownerId: null }],
    });
    const items = worklist({ professionalId: 'anna', clients: [small, large], concepts, today });
    expect(items.map((item) => [item.organizationId, item.kind])).toEqual([
      ['large', 'personalContact'],
      ['large', 'followUp'],
      ['small', 'personalContact'],
    ]);
  });
  it('applies no contact norm to a client without a category', () => {
    const loose = client({ organizationId: 'loose', categoryKey: null, lastPersonalContact: null });
    expect(worklist({ professionalId: 'anna', clients: [loose], concepts, today })).toEqual([]);
  });
  it('lists only what is due by the day asked, sorted by value, contacts for the manager only', () => {
    const professionals = ['anna', 'bram'];
    const day = fc.integer({ min: -400, max: 30 }).map((offset) => addCalendarDays(today, offset));
    const assignee = fc.option(fc.constantFrom(...professionals), { nil: null });
    const clientArbitrary = fc.record({
      organizationId: fc.uuid(),
      categoryKey: fc.constantFrom('A', 'B', 'C', null),
      valueCents: fc.integer({ min: 0, max: 1_000_000_00 }),
      relationshipManagerId: assignee,
      assignedSince: day,
      lastPersonalContact: fc.option(day, { nil: null }),
      openCallBacks: fc.array(
        fc.record({ id: fc.uuid(), requested: day, forProfessionalId: assignee }),
        { maxLength: 3 },
      ),
      openProposals: fc.array(fc.record({ id: fc.uuid(), requested: day, ownerId: assignee }), {
        maxLength: 3,
      }),
      plannedActivities: fc.array(
        fc.record({
          id: fc.uuid(),
          date: day,
          professionalIds: fc.subarray(professionals),
        }),
        { maxLength: 3 },
      ),
      followUps: fc.array(fc.record({ id: fc.uuid(), due: day, ownerId: assignee }), {
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(clientArbitrary, { selector: (c) => c.organizationId, maxLength: 8 }),
        fc.constantFrom(...professionals),
        fc.integer({ min: 0, max: 14 }),
        (clients, professionalId, ahead) => {
          const until = addCalendarDays(today, ahead);
          const items = worklist({ professionalId, clients, concepts, today, until });
          const managers = new Map(clients.map((c) => [c.organizationId, c.relationshipManagerId]));
          for (const [index, item] of items.entries()) {
            expect(item.dueDate <= until).toBe(true);
            expect(item.daysOverdue).toBeLessThanOrEqual(
              Math.max(0, calendarDaysBetween(item.dueDate, today)),
            );
            expect(item.overdue).toBe(item.daysOverdue > 0);
            if (item.workingDaysOverdue !== null)
              expect(item.overdue).toBe(item.workingDaysOverdue > 0);
            expect(item.valueCents).toBeLessThanOrEqual(items[index - 1]?.valueCents ?? Infinity);
            expect(
              item.kind !== 'personalContact' ||
                managers.get(item.organizationId) === professionalId,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
