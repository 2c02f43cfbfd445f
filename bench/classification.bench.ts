// Choosing clients for a firm of 50,000 clients scored on 15 criteria (method §3): the preview
// of who would move with new weights, and committing a classification, against simply reading
// the raw scores (one row per client and criterion) in the same run.
//
//   npm run bench:classification   BENCH_CLIENTS (50000), BENCH_CALLS (20 previews and raw
//                                  reads, alternately), BENCH_COMMITS (3)
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import {
  commitClassification,
  previewClassification,
} from '../src/features/choosing/classification.service.ts';
import { applyCriteriaPreset, listCriteria } from '../src/features/choosing/criteria.service.ts';
import { setScore } from '../src/features/choosing/scores.service.ts';
import { forgetReports } from '../src/features/portfolio/report-cache.ts';
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
import { runBenchmark, throwawayDatabase } from './support.ts';

const clientCount = positive('BENCH_CLIENTS', 50_000);
const calls = positive('BENCH_CALLS', 20);
const commits = positive('BENCH_COMMITS', 3);
const seed = 20_261_126;
const targets = { previewP50: 300, commit: 2000 };

function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number ≥ 1`);
  return number;
}

const since = (start: number) => performance.now() - start;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

async function main(): Promise<void> {
  console.log(`Classification of ${clientCount.toLocaleString('en')} clients on 15 criteria`);
  console.log(`Machine: ${cpus().length} CPUs, load average ${load()} at the start`);
  const database = await throwawayDatabase(4);
  const { pool, db } = database;
  const workspaceId = randomUUID();
  await pool.query('insert into workspaces (workspace_id, name) values ($1, $2)', [
    workspaceId,
    'Classification',
  ]);
  const user = await createUser(db, {
    workspaceId,
    email: 'owner@example.nl',
    name: 'Owner',
    role: 'owner',
    password: 'correct horse battery',
  });
  const actor = { workspaceId, userId: user.id };

  // every standard criterion on and judged by people: no revenue is loaded
  await applyCriteriaPreset(db, actor, 'standard');
  await pool.query(`update criteria set source = 'judgement' where workspace_id = $1`, [
    workspaceId,
  ]);
  const criteria = await listCriteria(db, workspaceId);

  let started = performance.now();
  const customers = makeCustomers(clientCount, seed);
  const random = seededRandom(seed + 1);
  const ids = customers.map(() => seededUuid(random));
  const client = await pool.connect();
  try {
    await pipeline(
      Readable.from(chunked(customers.map((c, i) => organizationCopyRow(workspaceId, ids[i]!, c)))),
      client.query(copyFrom(`copy organizations (${organizationColumns}) from stdin`)),
    );
    // nine in ten clients scored on every criterion, the rest on some
    const scores = (function* () {
      for (const id of ids)
        for (const criterion of criteria) {
          if (random() < 0.05) continue;
          yield copyRow([workspaceId, id, criterion.id, user.id, Math.floor(random() * 4)]);
        }
    })();
    await pipeline(
      Readable.from(chunked(scores)),
      client.query(
        copyFrom(
          'copy criterion_scores (workspace_id, organization_id, criterion_id, scorer_id, score) from stdin',
        ),
      ),
    );
  } finally {
    client.release();
  }
  await pool.query('vacuum analyze');
  const { rows } = await pool.query<{ n: string }>(
    'select count(*) as n from criterion_scores where workspace_id = $1',
    [workspaceId],
  );
  console.log(
    `Loaded ${clientCount.toLocaleString('en')} clients and ${Number(rows[0]!.n).toLocaleString('en')} scores in ${(since(started) / 1000).toFixed(1)} s`,
  );

  const raw = async () => {
    const start = performance.now();
    await pool.query(
      'select organization_id, criterion_id, score from criterion_scores where workspace_id = $1',
      [workspaceId],
    );
    return since(start);
  };
  // a different weight each time, as a user dragging a weight would ask
  let turn = 0;
  const preview = async () => {
    const start = performance.now();
    const weights = { [criteria[turn % criteria.length]!.id]: 1 + (turn % 5) };
    turn += 1;
    const result = await previewClassification(db, workspaceId, undefined, { weights });
    return { ms: since(start), moved: result.report.moved };
  };

  for (let i = 0; i < 3; i++) {
    await raw();
    await preview();
  }
  const rawTimes: number[] = [];
  const previewTimes: number[] = [];
  for (let i = 0; i < calls; i++) {
    rawTimes.push(await raw());
    previewTimes.push((await preview()).ms);
  }
  const commitTimes: number[] = [];
  let moved = 0;
  for (let i = 0; i < commits; i++) {
    started = performance.now();
    const weights = { [criteria[i % criteria.length]!.id]: 1 + ((i * 2) % 5) };
    // the generated firm leaves cells unscored, so a commit accepts what missing scores move
    const result = await commitClassification(
      db,
      actor,
      undefined,
      { weights, acceptDemotionsFromMissingScores: true },
      new Date(),
    );
    commitTimes.push(since(started));
    moved = result.moved;
  }
  // a professional scoring cell by cell: the preview after each score, patched from the kept
  // matrix, against one that reads every score again
  const afterChangeTimes: number[] = [];
  const fromNothingTimes: number[] = [];
  for (let i = 0; i < calls; i++) {
    const organizationId = ids[(i * 7919) % ids.length]!;
    const criterionId = criteria[i % criteria.length]!.id;
    await setScore(db, actor, organizationId, criterionId, { score: i % 4, agreed: i % 2 === 0 });
    afterChangeTimes.push((await preview()).ms);
    if (i % 5 === 0) {
      forgetReports();
      fromNothingTimes.push((await preview()).ms);
    }
  }
  console.log(`  load average ${load()} at the end (other work on the machine skews all figures)`);
  console.log('');
  const p = (values: number[]) => [percentile(values, 50), percentile(values, 99)];
  const [rawP50, rawP99] = p(rawTimes);
  const [previewP50, previewP99] = p(previewTimes);
  console.log('                                   p50 ms     p99 ms');
  console.log(
    `  raw scores read (750k rows)   ${rawP50!.toFixed(1).padStart(9)}  ${rawP99!.toFixed(1).padStart(9)}`,
  );
  console.log(
    `  preview (read + classify)     ${previewP50!.toFixed(1).padStart(9)}  ${previewP99!.toFixed(1).padStart(9)}`,
  );
  console.log(
    `  commit (preview + write)      ${percentile(commitTimes, 50).toFixed(1).padStart(9)}  ${Math.max(
      ...commitTimes,
    )
      .toFixed(1)
      .padStart(9)} (max)`,
  );
  console.log(
    `  preview after a score change  ${percentile(afterChangeTimes, 50).toFixed(1).padStart(9)}  ${percentile(afterChangeTimes, 99).toFixed(1).padStart(9)}`,
  );
  console.log(
    `  preview reading every score   ${percentile(fromNothingTimes, 50).toFixed(1).padStart(9)}  ${percentile(fromNothingTimes, 99).toFixed(1).padStart(9)}`,
  );
  console.log(`  the last commit moved ${moved.toLocaleString('en')} clients`);
  console.log(`  preview / raw read (p50): ${(previewP50! / rawP50!).toFixed(2)}`);
  console.log(
    `  preview after a change / raw read (p50): ${(percentile(afterChangeTimes, 50) / rawP50!).toFixed(2)}`,
  );
  console.log('');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(
    `${verdict(previewP50! <= targets.previewP50)} preview p50 ≤ ${targets.previewP50} ms (${previewP50!.toFixed(1)} ms)`,
  );
  const slowest = Math.max(...commitTimes);
  const afterChange = percentile(afterChangeTimes, 50);
  console.log(
    `${verdict(afterChange <= targets.previewP50)} preview after a score change p50 ≤ ${targets.previewP50} ms (${afterChange.toFixed(1)} ms)`,
  );
  console.log(
    `${verdict(slowest < targets.commit)} commit < ${targets.commit} ms (slowest ${slowest.toFixed(1)} ms)`,
  );
}

runBenchmark(main);
