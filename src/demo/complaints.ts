// The demo firm's complaints (method §15), drawn from the seed: a handful in every step, some
// acknowledged or solved on time and some late against the default norms (2 and 10 working days),
// one about the demo user so it stands on their worklist. Days are chosen with room to spare, so
// each is on time or late whatever weekday the demo is loaded on.
import type { complaints } from '../db/schema.ts';
import { isoDay } from './days.ts';
import { Random } from './random.ts';

export type ComplaintRow = typeof complaints.$inferSelect;

export type ComplainingClient = {
  organizationId: string;
  contactIds: readonly string[];
};

/** Each complaint's story: days after it came in that it was acknowledged, solved, closed. */
type Story = {
  receivedDaysAgo: number;
  acknowledgedAfter: number | null;
  solvedAfter: number | null;
  closedAfter: number | null;
  severity: ComplaintRow['severity'];
  concernsDemoUser?: boolean;
};

const stories: readonly Story[] = [
  // just came in: to acknowledge within its norm
  {
    receivedDaysAgo: 0,
    acknowledgedAfter: null,
    solvedAfter: null,
    closedAfter: null,
    severity: 'serious',
    concernsDemoUser: true,
  },
  // not acknowledged after nine days: overdue
  {
    receivedDaysAgo: 9,
    acknowledgedAfter: null,
    solvedAfter: null,
    closedAfter: null,
    severity: 'critical',
  },
  // acknowledged the next day, being solved within its ten working days
  {
    receivedDaysAgo: 4,
    acknowledgedAfter: 1,
    solvedAfter: null,
    closedAfter: null,
    severity: 'minor',
  },
  // acknowledged on time, still not solved after five weeks: overdue
  {
    receivedDaysAgo: 35,
    acknowledgedAfter: 1,
    solvedAfter: null,
    closedAfter: null,
    severity: 'serious',
  },
  // solved within a week, waiting for the client's word to close it
  {
    receivedDaysAgo: 8,
    acknowledgedAfter: 0,
    solvedAfter: 6,
    closedAfter: null,
    severity: 'minor',
  },
  // the way it should go: acknowledged at once, solved in a week, closed
  {
    receivedDaysAgo: 60,
    acknowledgedAfter: 0,
    solvedAfter: 7,
    closedAfter: 9,
    severity: 'serious',
  },
  {
    receivedDaysAgo: 120,
    acknowledgedAfter: 1,
    solvedAfter: 5,
    closedAfter: 12,
    severity: 'minor',
  },
  // acknowledged a week late, and solved after a month: late on both
  {
    receivedDaysAgo: 150,
    acknowledgedAfter: 8,
    solvedAfter: 30,
    closedAfter: 33,
    severity: 'critical',
  },
  // acknowledged on time, solved three weeks late
  {
    receivedDaysAgo: 220,
    acknowledgedAfter: 1,
    solvedAfter: 35,
    closedAfter: 40,
    severity: 'serious',
  },
];

const subjects = [
  'Factuur hoger dan afgesproken',
  'Aangifte te laat ingediend',
  'Niet teruggebeld na twee berichten',
  'Fout in de jaarrekening',
  'Steeds een andere contactpersoon',
  'Vragen over de btw-aangifte onbeantwoord',
  'Stukken kwijtgeraakt',
  'Advies kwam na de deadline',
  'Toon van de laatste mail',
];

/** The complaints of the demo firm at `today` (a day number), from clients in a fixed order. */
export function demoComplaints(
  seed: number,
  workspaceId: string,
  today: number,
  clients: readonly ComplainingClient[],
  demoUserId: string,
): ComplaintRow[] {
  const random = new Random(`${seed}:complaints`);
  const pool = clients.filter((client) => client.contactIds.length > 0);
  if (pool.length === 0) return [];
  const taken = new Set<number>();
  return stories.map((story, index) => {
    let at = random.int(0, pool.length - 1);
    // a different client per complaint while there are enough
    while (taken.has(at) && taken.size < pool.length) at = (at + 1) % pool.length;
    taken.add(at);
    const client = pool[at]!;
    const received = today - story.receivedDaysAgo;
    const after = (days: number | null) => (days === null ? null : isoDay(received + days));
    const moment = new Date(`${isoDay(received)}T10:00:00Z`);
    return {
      workspaceId,
      id: random.uuid(),
      organizationId: client.organizationId,
      contactId: random.pick(client.contactIds),
      professionalId: story.concernsDemoUser ? demoUserId : null,
      subject: subjects[index % subjects.length]!,
      description: null,
      severity: story.severity,
      receivedOn: isoDay(received),
      acknowledgedOn: after(story.acknowledgedAfter),
      solvedOn: after(story.solvedAfter),
      closedOn: after(story.closedAfter),
      createdBy: null,
      createdAt: moment,
      updatedAt: moment,
    };
  });
}
