// One professional's worklist (method §5, §14) in a firm of 50,000 clients and 2,000,000
// activities, the professional managing 300 of them: worklistOf against the raw query for the
// same rows (the clients' last personal contact and value, the open call-backs and proposals,
// the planned activities and open follow-ups), both in the same run, alternately.
//
//   npm run bench:worklist   BENCH_CLIENTS (50000), BENCH_ACTIVITIES (2000000), BENCH_USERS (170),
//                            BENCH_MANAGED (300), BENCH_CALLS (50 worklists and raw reads),
//                            BENCH_EXPLAIN (1: the plans of the worklist's slowest statements)
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import { personalContactTypes } from '../src/core/servicing/personal-contact.ts';
import { worklistOf } from '../src/features/worklist/worklist.service.ts';
import { load, loadRelationshipFirm, percentile, positive, since } from './relationship-firm.ts';
import { runBenchmark } from './support.ts';

const clientCount = positive('BENCH_CLIENTS', 50_000);
const activityCount = positive('BENCH_ACTIVITIES', 2_000_000);
const userCount = positive('BENCH_USERS', 170);
const managedCount = positive('BENCH_MANAGED', 300);
const calls = positive('BENCH_CALLS', 50);
const explain = process.env.BENCH_EXPLAIN === '1';
const seed = 20_261_127;
const target = { p50: 50 };

async function main(): Promise<void> {
  if (managedCount >= clientCount) throw new Error('BENCH_MANAGED must be below BENCH_CLIENTS');
  if (userCount < 2) throw new Error('BENCH_USERS must be 2 or more');
  console.log(
    `Worklist of one professional with ${managedCount} clients in a firm of ` +
      `${clientCount.toLocaleString('en')} clients, ${activityCount.toLocaleString('en')} activities ` +
      `and ${userCount} professionals`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${load()} at the start`);
  const firm = await loadRelationshipFirm({
    clientCount,
    activityCount,
    userCount,
    managedCount,
    seed,
  });
  const { database, workspaceId, professional, actor, day, lastYear } = firm;
  const { pool, db } = database;

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
    const result = await worklistOf(db, actor, {
      today: day,
      ...(until === undefined ? {} : { until }),
    });
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

  await traceStatements(pool, () => worklistOf(db, actor, { today: day }));
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
