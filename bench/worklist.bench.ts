// One professional's worklist (method §5, §14) in a firm of 50,000 clients and 2,000,000
// activities, the professional managing 300 of them: worklistOf against the raw query for the
// same rows (the clients' last personal contact and value, the open call-backs and proposals,
// the planned activities and open follow-ups), both in the same run, alternately.
//
//   npm run bench:worklist   BENCH_CLIENTS (50000), BENCH_ACTIVITIES (2000000), BENCH_USERS (170),
//                            BENCH_MANAGED (300), BENCH_CALLS (50 worklists and raw reads),
//                            BENCH_EXPLAIN (1: the plans of the worklist's slowest statements)
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import { personalContactTypes } from '../src/core/servicing/personal-contact.ts';
import { today } from '../src/server/today.ts';
import { schemeOrPrimary } from '../src/features/choosing/schemes.repo.ts';
import { applyServiceConceptPreset } from '../src/features/servicing/service-concepts.service.ts';
import { createUser } from '../src/features/users/users.service.ts';
import { worklistOf } from '../src/features/worklist/worklist.service.ts';
import {
  chunked,
  copyRow,
  makeCustomers,
  organizationColumns,
  organizationCopyRow,
  seededRandom,
  seededUuid,
} from './revenue-data.ts';
import { runBenchmark, throwawayDatabase } from './support.ts';
import {
  activityColumns,
  activityRows,
  callBackColumns,
  callBackRows,
  proposalColumns,
  proposalRows,
} from './worklist-data.ts';

const clientCount = positive('BENCH_CLIENTS', 50_000);
const activityCount = positive('BENCH_ACTIVITIES', 2_000_000);
const userCount = positive('BENCH_USERS', 170);
const managedCount = positive('BENCH_MANAGED', 300);
const calls = positive('BENCH_CALLS', 50);
const explain = process.env.BENCH_EXPLAIN === '1';
const seed = 20_261_127;
const target = { p50: 50 };

function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number ≥ 1`);
  return number;
}

const since = (start: number) => performance.now() - start;
const seconds = (start: number) => `${(since(start) / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

function percentile(values: number[], p: number): number {
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

async function main(): Promise<void> {
  if (managedCount >= clientCount) throw new Error('BENCH_MANAGED must be below BENCH_CLIENTS');
  if (userCount < 2) throw new Error('BENCH_USERS must be 2 or more');
  console.log(
    `Worklist of one professional with ${managedCount} clients in a firm of ` +
      `${clientCount.toLocaleString('en')} clients, ${activityCount.toLocaleString('en')} activities ` +
      `and ${userCount} professionals`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${load()} at the start`);
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
  const day = today();
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

  // The same rows read straight: the professional's clients with their value and last personal
  // contact; the call-backs for them; the proposals they own or nobody owns at their clients;
  // the planned activities and open follow-ups up to today at their clients or with them.
  const personal = [...personalContactTypes];
  const raw = async (until: string) => {
    const start = performance.now();
    const managed = await pool.query<{ id: string }>(
      `select o.id, o.name, o.client_since, cy.revenue_cents,
              (select max(a.on_date) from activities a
                where a.workspace_id = o.workspace_id and a.organization_id = o.id
                  and a.status = 'done' and a.type = any($4)) as last_contact
         from organizations o
         left join client_years cy on cy.workspace_id = o.workspace_id
          and cy.organization_id = o.id and cy.fiscal_year = $3
        where o.workspace_id = $1 and o.relationship_manager_id = $2`,
      [workspaceId, professional.id, lastYear, personal],
    );
    const clientIds = managed.rows.map((row) => row.id);
    const [callBacks, proposals, activities] = await Promise.all([
      pool.query(
        `select id, organization_id, called_on from call_backs
          where workspace_id = $1 and for_user_id = $2 and returned_on is null`,
        [workspaceId, professional.id],
      ),
      pool.query(
        `select id, organization_id, requested_on, owner_id from proposals
          where workspace_id = $1 and stage in ('request', 'drafting')
            and (owner_id = $2 or (owner_id is null and organization_id = any($3)))`,
        [workspaceId, professional.id, clientIds],
      ),
      pool.query(
        `with open as (
           select a.id, a.organization_id, a.on_date as day from activities a
            where a.workspace_id = $1 and a.status = 'planned' and a.on_date <= $4
           union all
           select a.id, a.organization_id, a.follow_up_on from activities a
            where a.workspace_id = $1 and a.follow_up_on <= $4 and a.follow_up_done_at is null)
         select o.id, o.organization_id, o.day from open o
          where o.organization_id = any($3)
             or exists (select 1 from activity_professionals ap
                         where ap.workspace_id = $1 and ap.activity_id = o.id and ap.user_id = $2)`,
        [workspaceId, professional.id, clientIds, until],
      ),
    ]);
    return {
      ms: since(start),
      rows: managed.rowCount! + callBacks.rowCount! + proposals.rowCount! + activities.rowCount!,
    };
  };
  const worklist = async (until?: string) => {
    const start = performance.now();
    const result = await worklistOf(db, actor, until === undefined ? {} : { until });
    return { ms: since(start), result };
  };

  for (let i = 0; i < 3; i++) {
    await raw(day);
    await worklist();
  }
  const rawTimes: number[] = [];
  const worklistTimes: number[] = [];
  let rawRows = 0;
  let last = (await worklist()).result;
  for (let i = 0; i < calls; i++) {
    const r = await raw(day);
    rawTimes.push(r.ms);
    rawRows = r.rows;
    const w = await worklist();
    worklistTimes.push(w.ms);
    last = w.result;
  }
  // two weeks ahead, as a professional planning their next fortnight asks
  const ahead = addCalendarDays(day, 13);
  const aheadTimes: number[] = [];
  const rawAheadTimes: number[] = [];
  let aheadItems = 0;
  for (let i = 0; i < Math.max(5, Math.floor(calls / 5)); i++) {
    rawAheadTimes.push((await raw(ahead)).ms);
    const w = await worklist(ahead);
    aheadTimes.push(w.ms);
    aheadItems = w.result.items.length;
  }
  console.log(`  load average ${load()} at the end (other work on the machine skews all figures)`);
  console.log('');

  const kinds = new Map<string, { items: number; overdue: number }>();
  for (const item of last.items) {
    const kind = kinds.get(item.kind) ?? { items: 0, overdue: 0 };
    kind.items += 1;
    if (item.overdue) kind.overdue += 1;
    kinds.set(item.kind, kind);
  }
  console.log(
    `  the worklist at ${day}: ${last.items.length} items (` +
      [...kinds].map(([kind, n]) => `${kind} ${n.items}, ${n.overdue} overdue`).join('; ') +
      `); up to ${ahead}: ${aheadItems}; the raw read returns ${rawRows} rows`,
  );
  const line = (name: string, values: number[]) =>
    `  ${name.padEnd(34)}${percentile(values, 50).toFixed(1).padStart(9)}  ${percentile(values, 99)
      .toFixed(1)
      .padStart(9)}`;
  console.log(`${''.padEnd(36)}p50 ms     p99 ms`);
  console.log(line('raw read of the same rows', rawTimes));
  console.log(line('worklistOf', worklistTimes));
  console.log(line('raw read, two weeks ahead', rawAheadTimes));
  console.log(line('worklistOf, two weeks ahead', aheadTimes));
  const p50 = percentile(worklistTimes, 50);
  console.log(`  worklist / raw read (p50): ${(p50 / percentile(rawTimes, 50)).toFixed(2)}`);
  console.log('');
  console.log(
    `${p50 <= target.p50 ? 'PASS' : 'MISS'} worklist p50 ≤ ${target.p50} ms (${p50.toFixed(1)} ms)`,
  );

  await traceStatements(pool, () => worklistOf(db, actor));
}

/** One more worklist with the time of each statement it sends; with BENCH_EXPLAIN their plans. */
async function traceStatements(pool: pg.Pool, run: () => Promise<unknown>): Promise<void> {
  type Sent = { text: string; values: unknown[]; ms: number };
  const sent: Sent[] = [];
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const traced = (...args: unknown[]) => {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '');
    const values =
      (second as unknown[] | undefined) ??
      (typeof first === 'string' ? [] : ((first as { values?: unknown[] }).values ?? []));
    const start = performance.now();
    const result = original(...args);
    void result.then(
      () => sent.push({ text, values, ms: since(start) }),
      () => undefined,
    );
    return result;
  };
  Object.assign(pool, { query: traced });
  try {
    await run();
  } finally {
    Object.assign(pool, { query: original });
  }
  await new Promise((resolve) => setImmediate(resolve));
  sent.sort((a, b) => b.ms - a.ms);
  console.log('');
  console.log('  the statements of one worklist, slowest first (ms; some run side by side):');
  for (const statement of sent)
    console.log(
      `  ${statement.ms.toFixed(1).padStart(8)}  ${statement.text.replace(/\s+/g, ' ').trim().slice(0, 110)}`,
    );
  if (!explain) return;
  for (const statement of sent.slice(0, 3)) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.text}`,
      statement.values,
    );
    console.log('');
    console.log(rows.map((row) => `    ${row['QUERY PLAN'].slice(0, 160)}`).join('\n'));
  }
}

runBenchmark(main);
