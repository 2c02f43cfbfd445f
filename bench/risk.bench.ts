// Early warning for the whole firm (method §8) in a firm of 50,000 clients, 2,000,000 activities
// and 1,000,000 revenue lines: assessRisk (every client's signals, risk and priority) against the
// raw signal queries that read the same rows (clients with their value, revenue and credit notes
// per year, order days, contacts who left, last personal contacts, evaluations, acute signals),
// both in the same run, alternately; and the at-risk list's first page.
//
// Judged by the ratio to the raw baseline of the same run (decision 0033), and by the issue's
// bounds: the recomputation under 10 s, the list's p50 at most 100 ms.
//
//   npm run bench:risk   BENCH_CLIENTS (50000), BENCH_ACTIVITIES (2000000),
//                        BENCH_LINES (1000000), BENCH_USERS (170), BENCH_CALLS (10)
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import { personalContactTypes } from '../src/core/servicing/personal-contact.ts';
import { refreshClientYears } from '../src/features/portfolio/client-years.service.ts';
import { assessRisk, atRiskList } from '../src/features/early-warning/early-warning.service.ts';
import { load, loadRelationshipFirm, percentile, positive, since } from './relationship-firm.ts';
import { runBenchmark } from './support.ts';

const clientCount = positive('BENCH_CLIENTS', 50_000);
const activityCount = positive('BENCH_ACTIVITIES', 2_000_000);
const lineCount = positive('BENCH_LINES', 1_000_000);
const userCount = positive('BENCH_USERS', 170);
const calls = positive('BENCH_CALLS', 10);
const seed = 20_261_208;
/** The most the recomputation may take, as a share of the raw queries' p50 in the same run. */
const target = { ratio: 1.5, recomputeMs: 10_000, listMs: 100 };

async function main(): Promise<void> {
  console.log(
    `Early warning in a firm of ${clientCount.toLocaleString('en')} clients, ` +
      `${activityCount.toLocaleString('en')} activities and ${lineCount.toLocaleString('en')} revenue lines`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${load()} at the start`);
  const firm = await loadRelationshipFirm({
    clientCount,
    activityCount,
    userCount,
    managedCount: Math.min(300, clientCount - 1),
    seed,
  });
  const { database, workspaceId, day } = firm;
  const { pool, db } = database;
  // revenue lines over the last three years, a few credit notes among them; contacts who left;
  // acute signals recorded: made by the database from a fixed seed
  await pool.query('select setseed(0.2026)');
  await pool.query(
    `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents, fingerprint)
     select $1, gen_random_uuid(), o.id, $2::date - (random() * 1090)::int,
            case when random() < 0.02 then -(random() * 100000)::bigint
                 else (random() * 500000)::bigint + 1000 end,
            'bench-' || o.rn || '-' || g
       from (select id, row_number() over (order by id) as rn from organizations
              where workspace_id = $1) o,
            generate_series(1, ceil($3::numeric / $4)::int) g
      where (o.rn - 1) * ceil($3::numeric / $4)::int + g <= $3`,
    [workspaceId, day, lineCount, clientCount],
  );
  await pool.query(
    `insert into contacts (workspace_id, id, organization_id, first_name, last_name, dmu_role,
       active_to, sort_key)
     select $1, gen_random_uuid(), id, 'Oud', 'Contact', 'decider',
            $2::date - (random() * 700)::int, 'oud contact'
       from organizations where workspace_id = $1 and random() < 0.1`,
    [workspaceId, day],
  );
  await pool.query(
    `insert into acute_signals (workspace_id, id, organization_id, kind, recorded_on)
     select $1, gen_random_uuid(), id,
            (array['threatensToLeave','asksRatesAgain','objectsToInvoices'])[1 + (random() * 2)::int],
            $2::date - (random() * 150)::int
       from organizations where workspace_id = $1 and random() < 0.02`,
    [workspaceId, day],
  );
  await refreshClientYears(db, workspaceId);
  await pool.query('vacuum analyze');

  const year = Number(day.slice(0, 4));
  const raw = async () => {
    const start = performance.now();
    const results = await Promise.all([
      pool.query(
        `select o.id, o.name, o.relationship_manager_id, o.client_since, cy.revenue_cents
           from organizations o
           left join client_years cy on cy.workspace_id = o.workspace_id
            and cy.organization_id = o.id and cy.fiscal_year = $2
          where o.workspace_id = $1 and o.status = 'client' and o.archived_at is null`,
        [workspaceId, year - 1],
      ),
      pool.query(
        `select organization_id, fiscal_year, revenue_cents, credit_notes, credit_cents
           from client_years where workspace_id = $1 and fiscal_year >= $2`,
        [workspaceId, year - 2],
      ),
      pool.query(
        `select organization_id, array_agg(day) from (
           select organization_id, invoice_date as day from revenue_lines
            where workspace_id = $1 and invoice_date > $2 and invoice_date <= $3
           union
           select organization_id, start_date from assignments
            where workspace_id = $1 and start_date > $2 and start_date <= $3) o
          group by organization_id`,
        [workspaceId, addCalendarDays(day, -1098), day],
      ),
      pool.query(
        `select organization_id, id, dmu_role, active_to from contacts
          where workspace_id = $1 and active_to > $2 and active_to <= $3`,
        [workspaceId, addCalendarDays(day, -730), day],
      ),
      pool.query(
        `select organization_id, max(on_date) from activities
          where workspace_id = $1 and status = 'done' and type = any($2) and on_date <= $3
          group by organization_id`,
        [workspaceId, [...personalContactTypes], day],
      ),
      pool.query(
        `select organization_id, evaluated_on, overall from evaluations
          where workspace_id = $1 and evaluated_on > $2`,
        [workspaceId, addCalendarDays(day, -730)],
      ),
      pool.query(
        `select organization_id, id, kind, recorded_on from acute_signals
          where workspace_id = $1 and recorded_on >= $2`,
        [workspaceId, addCalendarDays(day, -183)],
      ),
    ]);
    return { ms: since(start), rows: results.reduce((sum, r) => sum + r.rowCount!, 0) };
  };
  const recompute = async () => {
    const start = performance.now();
    const result = await assessRisk(db, workspaceId, { today: day });
    return { ms: since(start), result };
  };
  const list = async () => {
    const start = performance.now();
    const result = await atRiskList(db, workspaceId, { today: day, limit: 50, offset: 0 });
    return { ms: since(start), result };
  };

  for (let i = 0; i < 2; i++) {
    await raw();
    await recompute();
  }
  const rawTimes: number[] = [];
  const recomputeTimes: number[] = [];
  const listTimes: number[] = [];
  let rawRows = 0;
  let atRisk = 0;
  for (let i = 0; i < calls; i++) {
    const r = await raw();
    rawTimes.push(r.ms);
    rawRows = r.rows;
    recomputeTimes.push((await recompute()).ms);
    const l = await list();
    listTimes.push(l.ms);
    atRisk = l.result.total;
  }
  console.log(`  load average ${load()} at the end (other work on the machine skews all figures)`);
  console.log(`  ${atRisk} clients at risk; the raw queries return ${rawRows} rows`);
  const line = (name: string, values: number[]) =>
    `  ${name.padEnd(34)}${percentile(values, 50).toFixed(1).padStart(9)}  ${percentile(values, 99)
      .toFixed(1)
      .padStart(9)}`;
  console.log(`${''.padEnd(36)}p50 ms     p99 ms`);
  console.log(line('raw signal queries', rawTimes));
  console.log(line('assessRisk (every client)', recomputeTimes));
  console.log(line('at-risk list, first page', listTimes));
  const ratio = percentile(recomputeTimes, 50) / percentile(rawTimes, 50);
  console.log(`  recomputation / raw queries (p50): ${ratio.toFixed(2)}`);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(
    `${verdict(ratio <= target.ratio)} recomputation p50 ≤ ${target.ratio}× the raw queries (${ratio.toFixed(2)}×)`,
  );
  console.log(
    `${verdict(percentile(recomputeTimes, 50) < target.recomputeMs)} recomputation p50 < 10 s`,
  );
  console.log(
    `${verdict(percentile(listTimes, 50) <= target.listMs)} at-risk list p50 ≤ ${target.listMs} ms`,
  );
}

runBenchmark(main);
