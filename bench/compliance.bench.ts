// Compliance with the service concepts for the whole firm (method §5, §14) in a firm of 50,000
// clients and 2,000,000 activities: complianceReport against the raw query for the same rows
// (every current client with its manager, value, last personal contact and personal contacts of
// the fiscal year; the year's call-backs and proposals; the yearly duties done), both in the same
// run, alternately. The four P's per category over the same year, which the compliance page shows
// beside it, against the raw count of the year's done activities per client and P.
//
// Both are judged by their ratio to the raw baseline of the same run, not by milliseconds: the
// report reads and judges every client of the firm, so its time is the machine's time to read
// those rows plus a little, and a fixed number of milliseconds (once 500 for the report) says
// more about the machine and what else runs on it than about the code; on a shared machine of
// two cores the raw read alone takes longer than that. The report may take up to the raw read's
// time (it reads less than the raw read, judges more), the four P's up to 1.5 times the raw count
// (they read the clients' category periods beside it).
//
//   npm run bench:compliance   BENCH_CLIENTS (50000), BENCH_ACTIVITIES (2000000), BENCH_USERS (170),
//                              BENCH_CALLS (20 reports and raw reads)
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fiscalYearOf, fiscalYearRange } from '../src/core/portfolio/fiscal-year.ts';
import { personalContactTypes } from '../src/core/servicing/personal-contact.ts';
import { complianceReport } from '../src/features/compliance/compliance.service.ts';
import { fourPsByCategory } from '../src/features/compliance/four-ps-by-category.service.ts';
import { load, loadRelationshipFirm, percentile, positive, since } from './relationship-firm.ts';
import { runBenchmark } from './support.ts';

const clientCount = positive('BENCH_CLIENTS', 50_000);
const activityCount = positive('BENCH_ACTIVITIES', 2_000_000);
const userCount = positive('BENCH_USERS', 170);
const calls = positive('BENCH_CALLS', 20);
const seed = 20_261_127;
/** The most each may take, as a share of its raw baseline's p50 in the same run. */
const targets = { compliance: 1.0, fourPs: 1.5 };

async function main(): Promise<void> {
  if (userCount < 2) throw new Error('BENCH_USERS must be 2 or more');
  console.log(
    `Compliance of a firm of ${clientCount.toLocaleString('en')} clients, ` +
      `${activityCount.toLocaleString('en')} activities and ${userCount} professionals`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${load()} at the start`);
  const firm = await loadRelationshipFirm({
    clientCount,
    activityCount,
    userCount,
    managedCount: Math.min(300, clientCount - 1),
    seed,
  });
  const { database, workspaceId, day, lastYear } = firm;
  const { pool, db } = database;
  const { from } = fiscalYearRange(fiscalYearOf(day));
  // A-clients owe a yearly evaluation conversation; the done evaluations of the data fulfil it
  await pool.query(
    `update service_concepts set norms = norms || '{"yearlyEvaluationConversation": true}'
      where workspace_id = $1 and category = 'A'`,
    [workspaceId],
  );
  await pool.query(
    `update activities set duty = 'evaluationConversation'
      where workspace_id = $1 and type = 'evaluation' and status = 'done'`,
    [workspaceId],
  );
  await pool.query('vacuum analyze activities');

  // The same rows read straight: each current client with its manager, value, last personal
  // contact and personal contacts of the year; the year's call-backs and proposals so far; the
  // yearly duties done in the year.
  const raw = async () => {
    const start = performance.now();
    const results = await Promise.all([
      pool.query(
        `select o.id, o.name, o.relationship_manager_id, o.client_since, cy.revenue_cents,
                max(a.on_date) as last_contact,
                count(a.on_date) filter (where a.on_date >= $3) as in_year
           from organizations o
           left join client_years cy on cy.workspace_id = o.workspace_id
            and cy.organization_id = o.id and cy.fiscal_year = $2
           left join activities a on a.workspace_id = o.workspace_id and a.organization_id = o.id
            and a.status = 'done' and a.type = any($4) and a.on_date <= $5
          where o.workspace_id = $1 and o.status = 'client' and o.archived_at is null
          group by o.workspace_id, o.id, cy.revenue_cents`,
        [workspaceId, lastYear, from, [...personalContactTypes], day],
      ),
      pool.query(
        `select organization_id, for_user_id, called_on, returned_on from call_backs
          where workspace_id = $1 and called_on between $2 and $3`,
        [workspaceId, from, day],
      ),
      pool.query(
        `select organization_id, owner_id, requested_on, sent_on, stage from proposals
          where workspace_id = $1 and requested_on between $2 and $3`,
        [workspaceId, from, day],
      ),
      pool.query(
        `select distinct organization_id, duty from activities
          where workspace_id = $1 and duty is not null and status = 'done'
            and on_date between $2 and $3`,
        [workspaceId, from, day],
      ),
    ]);
    return { ms: since(start), rows: results.reduce((sum, r) => sum + r.rowCount!, 0) };
  };
  const report = async () => {
    const start = performance.now();
    const result = await complianceReport(db, workspaceId, { today: day });
    return { ms: since(start), result };
  };

  const rawFourPs = async () => {
    const start = performance.now();
    const result = await pool.query(
      `select a.organization_id, a.p, count(*) from activities a
         join organizations o on o.id = a.organization_id
        where a.workspace_id = $1 and a.status = 'done' and a.on_date between $2 and $3
          and o.status = 'client' and o.archived_at is null
        group by a.organization_id, a.p`,
      [workspaceId, from, day],
    );
    return { ms: since(start), rows: result.rowCount! };
  };
  const fourPs = async () => {
    const start = performance.now();
    const result = await fourPsByCategory(db, workspaceId, { today: day });
    return { ms: since(start), result };
  };

  for (let i = 0; i < 2; i++) {
    await raw();
    await report();
    await rawFourPs();
    await fourPs();
  }
  const rawTimes: number[] = [];
  const reportTimes: number[] = [];
  const rawFourPTimes: number[] = [];
  const fourPTimes: number[] = [];
  let rawRows = 0;
  let last = (await report()).result;
  for (let i = 0; i < calls; i++) {
    const r = await raw();
    rawTimes.push(r.ms);
    rawRows = r.rows;
    const w = await report();
    reportTimes.push(w.ms);
    last = w.result;
    rawFourPTimes.push((await rawFourPs()).ms);
    fourPTimes.push((await fourPs()).ms);
  }
  console.log(`  load average ${load()} at the end (other work on the machine skews all figures)`);
  console.log('');
  const { firm: figures } = last;
  console.log(
    `  fiscal year ${last.fiscalYear} at ${last.judgedAt}: ${figures.clients} clients, ` +
      `${figures.delivered} delivered, ${figures.contactOverdue} of ${figures.withInterval} ` +
      `with an interval overdue, ${figures.dutiesDone} of ${figures.dutiesRequired} duties done, ` +
      `${figures.callBacks.judged} call-backs and ` +
      `${figures.proposals.judged} proposals judged, ${last.professionals.length} professionals; ` +
      `the raw read returns ${rawRows} rows`,
  );
  const line = (name: string, values: number[]) =>
    `  ${name.padEnd(34)}${percentile(values, 50).toFixed(1).padStart(9)}  ${percentile(values, 99)
      .toFixed(1)
      .padStart(9)}`;
  console.log(`${''.padEnd(36)}p50 ms     p99 ms`);
  console.log(line('raw read of the same rows', rawTimes));
  console.log(line('complianceReport', reportTimes));
  console.log(line('raw count per client and P', rawFourPTimes));
  console.log(line('fourPsByCategory', fourPTimes));
  const complianceRatio = percentile(reportTimes, 50) / percentile(rawTimes, 50);
  const fourPsRatio = percentile(fourPTimes, 50) / percentile(rawFourPTimes, 50);
  console.log(`  compliance / raw read (p50): ${complianceRatio.toFixed(2)}`);
  console.log(`  four P's / raw count (p50): ${fourPsRatio.toFixed(2)}`);
  console.log('');
  const verdict = (ratio: number, most: number) => (ratio <= most ? 'PASS' : 'MISS');
  console.log(
    `${verdict(complianceRatio, targets.compliance)} compliance p50 ≤ ${targets.compliance.toFixed(1)}× ` +
      `the raw read (${complianceRatio.toFixed(2)}×)`,
  );
  console.log(
    `${verdict(fourPsRatio, targets.fourPs)} four P's p50 ≤ ${targets.fourPs.toFixed(1)}× ` +
      `the raw count (${fourPsRatio.toFixed(2)}×)`,
  );
}

runBenchmark(main);
