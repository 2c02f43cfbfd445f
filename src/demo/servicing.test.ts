// How the demo firm serves its clients, generated: the same client and day give the same rows,
// contact follows the category's interval with a few clients overdue, and the demo user's
// clients are set up as the worklist needs them.
import { describe, expect, it } from 'vitest';
import { personalContactTypes } from '../core/servicing/personal-contact.ts';
import { presetServiceConcepts } from '../core/servicing/service-presets.ts';
import { dayOf, isoDay } from './days.ts';
import { abcThresholds } from './load-servicing.ts';
import { Random } from './random.ts';
import {
  clientServicing,
  demoUserScripts,
  historyDays,
  type ServicingClient,
  type ServicingContext,
} from './servicing.ts';

const [a, b, c] = presetServiceConcepts('freelancerAbc');
const today = dayOf('2026-12-07');
const context: ServicingContext = { seed: 1, workspaceId: 'w', today, fiscalYearStartMonth: 1 };
const personal = new Set<string>(personalContactTypes);

function client(index: number, rank: 0 | 1 | 2): ServicingClient {
  const random = new Random(`test:${index}`);
  return {
    id: random.uuid(),
    status: 'client',
    relationshipManagerId: 'manager',
    secondProfessionalId: 'second',
    clientSince: '2019-03-01',
    relationLevel: rank === 0 ? 'strategic' : 'team',
    contactIds: [random.uuid(), random.uuid()],
    category: { key: ['A', 'B', 'C'][rank]!, rank, concept: [a!, b!, c!][rank]! },
  };
}

const lastContact = (rows: ReturnType<typeof clientServicing>) =>
  rows.activities
    .filter((row) => row.status === 'done' && personal.has(row.type))
    .map((row) => dayOf(row.onDate))
    .reduce((latest, day) => Math.max(latest, day), -Infinity);

describe('the demo servicing of a client', () => {
  it('is the same for the same client and day, and moves with the day', () => {
    const first = clientServicing(context, client(1, 0));
    expect(clientServicing(context, client(1, 0))).toEqual(first);
    // the yearly mailings and gifts keep to the year; the rest moves with the day
    const drawn = (rows: ReturnType<typeof clientServicing>) =>
      rows.activities.filter((row) => row.type !== 'mailing' && row.type !== 'gift');
    const later = clientServicing({ ...context, today: today + 7 }, client(1, 0));
    expect(drawn(later).map((row) => row.onDate)).toEqual(
      drawn(first).map((row) => isoDay(dayOf(row.onDate) + 7)),
    );
  });

  it('gives the gift or greeting the concept asks for once a year, where the register has none', () => {
    const yearly = (rows: ReturnType<typeof clientServicing>) => [
      ...rows.gifts.filter((row) => row.status === 'given').map((row) => row.onDate),
      ...rows.activities.filter((row) => row.type === 'gift').map((row) => row.onDate),
    ];
    for (let index = 30; index < 60; index++) {
      // A: a personal gift before Christmas 2025 (2026's is still to come); B: New Year's cards
      const a = yearly(clientServicing(context, client(index, 0)));
      expect(a.filter((day) => day >= '2025-01-01' && day <= '2025-12-31').length).toBeGreaterThan(
        0,
      );
      const b = yearly(clientServicing(context, client(index, 1)));
      for (const year of ['2025', '2026'])
        expect(b.filter((day) => day.startsWith(year)).length).toBeGreaterThan(0);
    }
    const b = clientServicing(context, client(31, 1)).activities.filter(
      (row) => row.type === 'gift',
    );
    expect(b.map((row) => [row.onDate, row.subject])).toEqual([
      ['2025-01-02', 'Nieuwjaarskaart 2025'],
      ['2026-01-02', 'Nieuwjaarskaart 2026'],
    ]);
    expect(yearly(clientServicing(context, client(32, 2)))).toEqual([]);
    // a client since March 2026: its welcome card, as the year's card went before it came
    const newer = { ...client(33, 1), clientSince: '2026-03-04' };
    expect(
      clientServicing(context, newer)
        .activities.filter((row) => row.type === 'gift')
        .map((row) => [row.onDate, row.subject]),
    ).toEqual([['2026-03-04', 'Welkomstkaart']]);
  });

  it('sends the mailing once a fiscal year to the clients whose concept asks for it', () => {
    const mailings = (rows: ReturnType<typeof clientServicing>) =>
      rows.activities.filter((row) => row.type === 'mailing');
    for (const rank of [0, 1] as const) {
      const rows = clientServicing(context, client(20 + rank, rank));
      const sent = mailings(rows);
      // eighteen months back from 2026-12-07: the rest of 2025 from June (after Whit Monday), and 2026 from January
      expect(sent.map((row) => row.onDate)).toEqual(['2025-06-10', '2026-01-02']);
      expect(sent.every((row) => row.status === 'done' && row.p === 'process')).toBe(true);
      const mailed = new Set(sent.map((row) => row.id));
      expect(rows.activityContacts.some((link) => mailed.has(link.activityId))).toBe(false);
    }
    expect(mailings(clientServicing(context, client(22, 2)))).toEqual([]);
    // a fiscal year from April: the mailing on its first working day, 2026-04-01
    const april = clientServicing({ ...context, fiscalYearStartMonth: 4 }, client(20, 0));
    expect(mailings(april).map((row) => row.onDate)).toEqual(['2025-06-10', '2026-04-01']);
  });

  it('keeps most A and B clients within their interval, a few overdue, over eighteen months', () => {
    for (const [rank, interval] of [
      [0, 60],
      [1, 180],
    ] as const) {
      const clients = Array.from({ length: 300 }, (_, index) => client(index, rank));
      const overdue = clients.filter(
        (one) => today - lastContact(clientServicing(context, one)) > interval,
      ).length;
      expect(overdue / clients.length).toBeGreaterThan(0.04);
      expect(overdue / clients.length).toBeLessThan(0.2);
    }
    const rows = clientServicing(context, client(7, 0));
    const days = rows.activities.map((row) => dayOf(row.onDate));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(today - historyDays);
    expect(rows.activities.filter((row) => personal.has(row.type)).length).toBeGreaterThan(8);
  });

  it("sets the demo user's clients: one due today, two overdue, the others within the interval", () => {
    const clients = [0, 1, 2, 3, 4].map((index) => client(100 + index, 0));
    const scripts = demoUserScripts(clients.map((one) => ({ id: one.id, intervalDays: 60 })));
    const since = clients.map(
      (one) => today - lastContact(clientServicing(context, one, scripts.get(one.id))),
    );
    expect(since.slice(0, 3)).toEqual([60, 75, 98]);
    expect(since.slice(3).every((days) => days < 60)).toBe(true);
    // nothing open of their own: what is on the worklist is set by demoUserServicing
    for (const one of clients) {
      const rows = clientServicing(context, one, scripts.get(one.id));
      expect(rows.callBacks.every((row) => row.returnedOn !== null)).toBe(true);
      expect(rows.proposals.every((row) => !['request', 'drafting'].includes(row.stage))).toBe(
        true,
      );
      expect(
        rows.activities.every(
          (row) =>
            (row.status === 'done' || dayOf(row.onDate) > today) &&
            (row.followUpOn === null || row.followUpDoneAt !== null),
        ),
      ).toBe(true);
    }
  });
});

describe('the revenue thresholds of the ABC classes', () => {
  it('are the smallest revenue of C, B and A, strictly ascending', () => {
    expect(
      abcThresholds([
        { revenueCents: 900, abcClass: 'A' },
        { revenueCents: 500, abcClass: 'A' },
        { revenueCents: 300, abcClass: 'B' },
        { revenueCents: 40, abcClass: 'C' },
        { revenueCents: 10, abcClass: 'C' },
      ]),
    ).toEqual([10, 300, 500]);
    expect(abcThresholds([])).toEqual([1, 2, 3]);
    expect(abcThresholds([{ revenueCents: 700, abcClass: 'A' }])).toEqual([698, 699, 700]);
  });
});
