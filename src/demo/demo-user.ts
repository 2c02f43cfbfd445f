// The demo user's worklist: its own clients' last contacts set, and what is open at others'.
import { ClientRows } from './client-rows.ts';
import { proposalValue, serviceNames } from './proposals.ts';
import { Random } from './random.ts';
import { workingDaysBefore, workingDayUpTo } from './servicing-norms.ts';
import {
  noServicing,
  type ClientScript,
  type ServicingClient,
  type ServicingContext,
  type ServicingRows,
} from './servicing-rows.ts';

/** One of the demo user's clients, with its category's contact interval (null: none). */
export type DemoUserClient = { id: string; intervalDays: number | null };

/**
 * Which of the demo user's own clients (most valuable first) is due today and which are overdue
 * for personal contact; the others are contacted within their interval, drawn.
 */
export function demoUserScripts(clients: readonly DemoUserClient[]): Map<string, ClientScript> {
  const scripts = new Map<string, ClientScript>(clients.map((client) => [client.id, {}]));
  const judged = clients.filter((client) => client.intervalDays !== null);
  [0, 15, 38].forEach((daysPast, index) => {
    const client = judged[index];
    if (client) scripts.set(client.id, { lastContactDaysAgo: client.intervalDays! + daysPast });
  });
  return scripts;
}

/**
 * What else is on the demo user's worklist, at the firm's most valuable clients that others
 * manage (a partner is asked for, writes the proposal, joins a meeting): a call-back overdue and
 * one to return today, a proposal past its turnaround and one just requested, a call planned for
 * today, a follow-up due today and a visit next week.
 */
export function demoUserServicing(
  context: ServicingContext,
  userId: string,
  clients: {
    /** The user's own clients, most valuable first. */
    own: readonly ServicingClient[];
    /** Others' clients of the best and the next category, most valuable first. */
    best: readonly ServicingClient[];
    next: readonly ServicingClient[];
  },
): ServicingRows {
  const random = new Random(`${context.seed}:servicing:demo-user`);
  const { today } = context;
  const { own, best, next } = clients;
  const all = noServicing();
  const at = (client: ServicingClient | undefined, add: (rows: ClientRows) => void) => {
    if (!client) return;
    const rows = new ClientRows(context, random, client);
    add(rows);
    for (const key of Object.keys(all) as (keyof ServicingRows)[])
      (all[key] as unknown[]).push(...rows.rows[key]);
  };
  at(best[0], (rows) =>
    rows.callBack({ called: workingDayUpTo(today - 1), returned: null, forUserId: userId }),
  );
  at(best[1] ?? best[0], (rows) =>
    rows.proposal({
      title: `Vervolgtraject ${random.pick(serviceNames).toLowerCase()}`,
      stage: 'drafting',
      requested: workingDaysBefore(today, 3),
      sent: null,
      decided: null,
      lostReason: null,
      valueCents: proposalValue(random, 0),
      angle: 'runningAssignments',
      ownerId: userId,
    }),
  );
  at(best[2] ?? best[0], (rows) =>
    rows.activity({
      type: 'meeting',
      status: 'done',
      day: today - 8,
      subject: 'Bestuurlijk overleg over de vervolgfase',
      minutes: 90,
      followUp: { day: today, note: 'Offerte sturen voor de vervolgfase', doneDay: null },
      contactIds: rows.contacts(0.5),
      professionalIds: [userId, rows.client.relationshipManagerId],
    }),
  );
  at(next[0], (rows) => {
    rows.callBack({ called: workingDayUpTo(today), returned: null, forUserId: userId });
    rows.proposal({
      title: random.pick(serviceNames),
      stage: 'request',
      requested: today - 1,
      sent: null,
      decided: null,
      lostReason: null,
      valueCents: proposalValue(random, 1),
      angle: 'newServices',
      ownerId: userId,
    });
  });
  at(next[1] ?? next[0], (rows) =>
    rows.activity({
      type: 'call',
      status: 'planned',
      day: today,
      subject: 'Belafspraak: offerteaanvraag doornemen',
      contactIds: rows.contacts(0),
      professionalIds: [userId],
      createdDay: today - 5,
    }),
  );
  at(own[0] ?? best[0], (rows) =>
    rows.activity({
      type: 'visit',
      status: 'planned',
      day: today + 6,
      subject: 'Bezoek: jaarplan en vervolg bespreken',
      contactIds: rows.contacts(0.5),
      professionalIds: [userId],
      createdDay: today - 2,
    }),
  );
  return all;
}
