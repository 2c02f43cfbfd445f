// Everything a classification is computed from, read once: the scheme and its method, the active
// criteria, the firm's clients and the score that counts per client and criterion (judged, or
// scored from the year's figures by the criterion's mapping), in the compact form of
// src/core/choosing.
import {
  scoreFromData,
  type CategoryScheme,
  type ClassificationSetup,
  type CompactScores,
  type Criterion,
  type RankingMethod,
  type Category,
} from '../../core/choosing/index.ts';
import { sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { cachedReport, keptReport, reportVersion } from '../portfolio/portfolio.service.ts';
import { fiscalYearRange } from '../../core/portfolio/fiscal-year.ts';
import { firmToday } from '../../http/today.ts';
import { askedOrLatestYear } from '../review/review.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { activeCriteria, ruleOf, toCriterion, type CriterionRow } from './criteria.repo.ts';
import { changesSince, type ScoringRevision } from './score-changes.ts';
import { schemeOrPrimary, toScheme, type SchemeRow } from './schemes.repo.ts';
import {
  clientMeasures,
  emptyScores,
  fillJudgedScores,
  matrixClients,
  type MatrixClient,
} from './scores.repo.ts';

type Executor = Pick<Db, 'execute' | 'select' | 'insert'>;

/** Changes a preview shows before they are committed: weights by criterion id, the scheme's
 * categories (names and boundaries) and its method. */
export type SetupChanges = {
  weights?: Readonly<Record<string, number>>;
  categories?: Category[];
  method?: RankingMethod;
};

export type Classifying = {
  schemeRow: SchemeRow;
  scheme: CategoryScheme;
  method: RankingMethod;
  criteriaRows: CriterionRow[];
  criteria: Criterion[];
  clients: MatrixClient[];
  /** The year whose figures score the data criteria. */
  year: number;
  compact: CompactScores;
  /** Per cell: agreed (2) and disagreement (1) bits. */
  flags: Uint8Array;
};

/** What the scores of one year are read into, kept between requests; weights are not in it. */
type ScoreMatrix = Pick<Classifying, 'clients' | 'compact' | 'flags'> & {
  criterionIds: string[];
  /** Each client's row in the matrix. */
  rowOf: ReadonlyMap<string, number>;
};

export async function readClassifying(
  db: Db,
  workspaceId: string,
  options: { schemeId?: string; year?: number; today?: string } = {},
): Promise<Classifying> {
  const schemeRow = await schemeOrPrimary(db, workspaceId, options.schemeId);
  if (!schemeRow) throw notFound('Category scheme');
  const [year, version, criteriaRows, startMonth, today] = await Promise.all([
    askedOrLatestYear(db, workspaceId, options.year),
    scoresVersion(db, workspaceId),
    activeCriteria(db, workspaceId),
    fiscalYearStartOf(db, workspaceId),
    options.today ?? firmToday(db, workspaceId),
  ]);
  // open invoices age by the day: the day is part of what the data scores are read from
  const keyAt = (revision: ScoringRevision) =>
    `scores|${workspaceId}|${year}|${version.criteria}|${revision}|${version.figures}|${today}`;
  const payments = { ...fiscalYearRange(year, startMonth), today };
  const read = () => readScoreMatrix(db, workspaceId, year, criteriaRows, payments);
  const key = keyAt(version.revision);
  // after a score change made here: the matrix kept before it, with the changed clients read again
  const since = keptReport(key)
    ? null
    : changesSince(workspaceId, version.revision, (revision) => !!keptReport(keyAt(revision)));
  const kept = since && keptReport<ScoreMatrix>(keyAt(since.from));
  let matrix = await cachedReport(
    key,
    kept
      ? async () =>
          patchScoreMatrix(db, workspaceId, await kept, criteriaRows, since.organizationIds)
      : read,
  );
  // a criterion switched on or off between the two reads: read what belongs to these criteria
  const ids = criteriaRows.map((row) => row.id);
  if (matrix.criterionIds.join() !== ids.join()) matrix = await read();
  const { scheme, method } = toScheme(schemeRow);
  return {
    schemeRow,
    scheme,
    method,
    year,
    criteriaRows,
    criteria: criteriaRows.map(toCriterion),
    clients: matrix.clients,
    compact: matrix.compact,
    flags: matrix.flags,
  };
}

/**
 * What the score matrix depends on: which criteria count and how they are scored (not their
 * weights, which only the classification uses), the firm's scoring revision (counted up by every
 * score written; its xmin changes when a backup is restored) and what the portfolio's reports
 * depend on (the yearly figures, organisations, settings).
 */
async function scoresVersion(
  db: Db,
  workspaceId: string,
): Promise<{ criteria: string; revision: ScoringRevision; figures: string }> {
  const [scoring, figures] = await Promise.all([
    db.execute<{ criteria: string | null; revision: string | null; imported: string | null }>(sql`
      select
        (select string_agg(concat_ws(':', id, active, scale_max, source, data_mapping::text,
                                     position), ',' order by id)
           from criteria where workspace_id = ${workspaceId}) as criteria,
        (select revision::text || ':' || xmin::text from scoring_revisions
          where workspace_id = ${workspaceId}) as revision,
        -- an import may only change when invoices were paid, which the yearly figures do not hold
        (select max(created_at)::text from imports where workspace_id = ${workspaceId})
          as imported`),
    reportVersion(db, workspaceId),
  ]);
  const row = scoring.rows[0];
  return {
    criteria: row?.criteria ?? '',
    revision: row?.revision ?? '',
    figures: `${figures}|${row?.imported ?? ''}`,
  };
}

async function readScoreMatrix(
  db: Db,
  workspaceId: string,
  year: number,
  criteriaRows: CriterionRow[],
  payments: { from: string; to: string; today: string },
): Promise<ScoreMatrix> {
  const clients = await matrixClients(db, workspaceId);
  const columns = criteriaRows.length;
  const { scores, flags } = emptyScores(clients.length, columns);
  const rowOf = new Map(clients.map((client, row) => [client.id, row]));
  await fillJudgedScores(
    db,
    workspaceId,
    criteriaRows.map((row) => row.id),
    rowOf,
    scores,
    flags,
  );
  // data criteria: their mapping scores the year's figures, over anything judged by hand
  const rules = criteriaRows.map(ruleOf);
  if (rules.some((rule) => rule !== null)) {
    const { measured, clients: measures } = await clientMeasures(db, workspaceId, year, payments);
    rules.forEach((rule, column) => {
      if (!rule) return;
      clients.forEach((client, row) => {
        const values = measures.get(client.id);
        const value =
          values?.[rule.measure] ?? (measured && rule.measure === 'revenueCents' ? 0 : null);
        const score = value === null ? null : scoreFromData(rule, value);
        scores[row * columns + column] =
          score === null ? -1 : Math.min(score, criteriaRows[column]!.scaleMax);
        flags[row * columns + column] = 0;
      });
    });
  }
  return {
    criterionIds: criteriaRows.map((row) => row.id),
    rowOf,
    clients,
    compact: { clientIds: clients.map((client) => client.id), scores },
    flags,
  };
}

/**
 * A kept matrix with the judged scores of some clients read again; data-scored cells stay, as
 * the figures they come from did not change. The kept matrix is shared, so this is a copy.
 */
async function patchScoreMatrix(
  db: Db,
  workspaceId: string,
  kept: ScoreMatrix,
  criteriaRows: CriterionRow[],
  organizationIds: readonly string[],
): Promise<ScoreMatrix> {
  const columns = criteriaRows.length;
  const rows = new Map<string, number>();
  const local = new Map<string, number>();
  for (const id of organizationIds) {
    const row = kept.rowOf.get(id);
    if (row === undefined) continue; // scored, but not a client in the matrix
    local.set(id, rows.size);
    rows.set(id, row);
  }
  const read = emptyScores(rows.size, columns);
  const ids = criteriaRows.map((row) => row.id);
  await fillJudgedScores(db, workspaceId, ids, local, read.scores, read.flags, [...rows.keys()]);
  const scores = kept.compact.scores.slice();
  const flags = kept.flags.slice();
  const judged = criteriaRows.map((row) => ruleOf(row) === null);
  for (const [id, row] of rows) {
    const from = local.get(id)! * columns;
    judged.forEach((isJudged, column) => {
      if (!isJudged) return;
      scores[row * columns + column] = read.scores[from + column]!;
      flags[row * columns + column] = read.flags[from + column]!;
    });
  }
  return { ...kept, compact: { ...kept.compact, scores }, flags };
}

/** The setup as saved, or with a preview's changes; unknown criterion ids are refused. */
export function setupWith(loaded: Classifying, changes: SetupChanges = {}): ClassificationSetup {
  const weights = changes.weights ?? {};
  for (const id of Object.keys(weights))
    if (!loaded.criteriaRows.some((row) => row.id === id)) throw notFound('Criterion');
  return {
    criteria: loaded.criteriaRows.map((row, index) => ({
      ...loaded.criteria[index]!,
      weight: weights[row.id] ?? row.weight,
    })),
    scheme: changes.categories
      ? { ...loaded.scheme, categories: changes.categories }
      : loaded.scheme,
    method: changes.method ?? loaded.method,
  };
}

export type { Executor };
