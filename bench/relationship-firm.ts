// A made-up firm with its relationship work, for the worklist and compliance benchmarks:
// professionals, who manages which client, last year's revenue and categories under the
// freelancer's A/B/C, and per client its activities, call-back requests and proposals. Seeded,
// so every run gets the same data; dates are counted from the day the run starts.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/connection.ts';
import { firmToday } from '../src/http/today.ts';
import { schemeOrPrimary } from '../src/features/choosing/schemes.repo.ts';
import { applyServiceConceptPreset } from '../src/features/servicing/service-concepts.service.ts';
import { createUser } from '../src/features/users/users.service.ts';
import {
  chunked,
  copyRow,
  makeCustomers,
  organizationColumns,
  organizationCopyRow,
  seededRandom,
  seededUuid,
} from './revenue-data.ts';
import { throwawayDatabase } from './support.ts';
import {
  activityColumns,
  activityRows,
  callBackColumns,
  callBackRows,
  proposalColumns,
  proposalRows,
} from './worklist-data.ts';
import type { Actor } from '../src/kernel/actor.ts';

/** A whole number ≥ 1 from the environment, or the fallback. */
export function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number ≥ 1`);
  return number;
}

export const since = (start: number) => performance.now() - start;
export const seconds = (start: number) => `${(since(start) / 1000).toFixed(1)} s`;
export const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

async function copyInto(pool: pg.Pool, into: string, rows: Iterable<string>): Promise<void> {
  const client = await pool.connect();
  try {
    await pipeline(Readable.from(chunked(rows)), client.query(copyFrom(`copy ${into} from stdin`)));
  } finally {
    client.release();
  }
}

export type RelationshipFirm = {
  database: Database;
  workspaceId: string;
  /** The professional who manages exactly `managedCount` clients. */
  professional: { id: string };
  actor: Actor;
  day: string;
  lastYear: number;
};

export async function loadRelationshipFirm(args: {
  clientCount: number;
  activityCount: number;
  userCount: number;
  managedCount: number;
  seed: number;
}): Promise<RelationshipFirm> {
  const { clientCount, activityCount, userCount, managedCount, seed } = args;
  const database = await throwawayDatabase(4);
  const { pool, db } = database;
  const workspaceId = randomUUID();
  await pool.query('insert into workspaces (workspace_id, name) values ($1, $2)', [
    workspaceId,
    'Worklist',
  ]);
  const professional = await createUser(db, {
    workspaceId,
    email: 'professional@example.nl',
    name: 'Professional',
    role: 'professional',
    password: 'correct horse battery',
  });
  const actor = { workspaceId, userId: professional.id };
  const day = await firmToday(db, workspaceId);
  const lastYear = Number(day.slice(0, 4)) - 1;

  let started = performance.now();
  const random = seededRandom(seed);
  const others = Array.from({ length: userCount - 1 }, () => seededUuid(random));
  const professionals = [professional.id, ...others];
  await copyInto(
    pool,
    'users (workspace_id, id, email, name, role)',
    others.map((id, i) =>
      copyRow([
        workspaceId,
        id,
        `professional${i + 1}@example.nl`,
        `Professional ${i + 1}`,
        'professional',
      ]),
    ),
  );

  // the chosen professional manages exactly managedCount clients, picked at random; the others
  // share the rest, and a few clients have no relationship manager
  const customers = makeCustomers(clientCount, seed);
  const ids = customers.map(() => seededUuid(random));
  const order = ids.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const managers: (string | null)[] = new Array<string | null>(clientCount).fill(null);
  order.forEach((client, rank) => {
    if (rank < managedCount) managers[client] = professional.id;
    else if (random() >= 0.02) managers[client] = others[rank % others.length]!;
  });
  await copyInto(
    pool,
    `organizations (${organizationColumns}, relationship_manager_id)`,
    customers.map((customer, i) => {
      const row = organizationCopyRow(workspaceId, ids[i]!, customer);
      return `${row.slice(0, -1)}\t${managers[i] ?? '\\N'}\n`;
    }),
  );

  // last year's revenue gives the order; the top fifth of clients by it is A, the next 30% B,
  // the rest C; a few (new) clients have no category yet
  const revenue = customers.map((c) => Math.round(c.typicalCents * (2 + random() * 8)));
  await copyInto(
    pool,
    'client_years (workspace_id, organization_id, fiscal_year, revenue_cents, costed_revenue_cents, ' +
      'cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents, first_invoice_date, service_lines)',
    customers.map((c, i) =>
      copyRow([
        workspaceId,
        ids[i]!,
        lastYear,
        revenue[i]!,
        0,
        0,
        0,
        4,
        0,
        0,
        `${lastYear}-01-31`,
        `{${c.serviceLines.map((line) => `"${line}"`).join(',')}}`,
      ]),
    ),
  );
  const scheme = await schemeOrPrimary(db, workspaceId);
  if (!scheme) throw new Error('no primary category scheme');
  await applyServiceConceptPreset(db, actor, scheme.id, 'freelancerAbc');
  const byRevenue = ids.map((_, i) => i).sort((a, b) => revenue[b]! - revenue[a]!);
  const categories = new Array<string | null>(clientCount).fill(null);
  byRevenue.forEach((client, rank) => {
    if (random() < 0.03) return;
    categories[client] = rank < clientCount * 0.2 ? 'A' : rank < clientCount * 0.5 ? 'B' : 'C';
  });
  const classificationId = randomUUID();
  await pool.query(
    `insert into classifications (workspace_id, id, scheme_id, definition, criteria, client_count, user_id)
     values ($1, $2, $3, $4, '[]', $5, $6)`,
    [workspaceId, classificationId, scheme.id, scheme.definition, clientCount, professional.id],
  );
  await copyInto(
    pool,
    'client_categories (workspace_id, classification_id, organization_id, category, total, maximum)',
    ids.flatMap((id, i) =>
      categories[i] === null
        ? []
        : [copyRow([workspaceId, classificationId, id, categories[i]!, 0, 0])],
    ),
  );
  console.log(
    `Loaded ${clientCount.toLocaleString('en')} clients with revenue and categories in ${seconds(started)}`,
  );

  started = performance.now();
  const secondProfessionals: [string, string][] = [];
  await copyInto(
    pool,
    `activities (${activityColumns})`,
    activityRows({
      workspaceId,
      customers,
      ids,
      managers,
      professionals,
      count: activityCount,
      today: day,
      random,
      seconds: secondProfessionals,
    }),
  );
  await pool.query(
    `insert into activity_professionals (workspace_id, activity_id, user_id)
     select workspace_id, id, created_by from activities where workspace_id = $1`,
    [workspaceId],
  );
  await copyInto(
    pool,
    'activity_professionals (workspace_id, activity_id, user_id)',
    secondProfessionals.map(([activityId, userId]) => copyRow([workspaceId, activityId, userId])),
  );
  const clients = ids.map((id, i) => ({ id, manager: managers[i] ?? null }));
  const requests = Math.max(1, Math.round(clientCount * 0.1));
  await copyInto(
    pool,
    `call_backs (${callBackColumns})`,
    callBackRows({
      workspaceId,
      clients,
      professionals,
      count: requests,
      open: 0.6,
      today: day,
      random,
    }),
  );
  await copyInto(
    pool,
    `proposals (${proposalColumns})`,
    proposalRows({
      workspaceId,
      clients,
      professionals,
      count: Math.round(requests * 1.2),
      open: 0.4,
      today: day,
      random,
    }),
  );
  await pool.query('vacuum analyze');
  const { rows: counted } = await pool.query<Record<string, string>>(
    `select (select count(*) from activities where workspace_id = $1) as activities,
            (select count(*) from activities where workspace_id = $1 and status = 'planned') as planned,
            (select count(*) from activities where workspace_id = $1 and follow_up_on is not null
               and follow_up_done_at is null) as "open follow-ups",
            (select count(*) from activity_professionals where workspace_id = $1) as "activity professionals",
            (select count(*) from call_backs where workspace_id = $1 and returned_on is null) as "open call-backs",
            (select count(*) from proposals where workspace_id = $1 and stage in ('request', 'drafting')) as "open proposals"`,
    [workspaceId],
  );
  console.log(
    `Loaded ${Object.entries(counted[0]!)
      .map(([name, n]) => `${Number(n).toLocaleString('en')} ${name}`)
      .join(', ')} and vacuum analyze in ${seconds(started)}`,
  );
  return { database, workspaceId, professional, actor, day, lastYear };
}
