// The scoring matrix, the preview of who moves, the committed classification, a client's
// explanation and its category set by hand (method §3.2–3.6). Every figure comes from
// src/core/choosing over the compact scores read by classifying.ts.
import { and, desc, eq } from 'drizzle-orm';
import {
  classificationsFromCompact,
  classifyCompact,
  compactPlacement,
  explainClient,
  gradeOrZero,
  missingScoreEffects,
  overrideProblems,
  placeCompact,
  previewCompactMoves,
  throwIfProblems,
  type CategoryOverride,
  type CategoryScheme,
  type MoveDirection,
  type ScoresByCriterion,
} from '../../core/choosing/index.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import {
  categoryOverrideHistory,
  categoryOverrides,
  categorySchemes,
  classifications,
  criteria,
} from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import {
  categoryHistory,
  classificationsOf,
  insertClientCategories,
  keepEndedOverride,
  latestCategories,
  overridesOf,
} from './classification.repo.ts';
import { readClassifying, setupWith, type Classifying, type SetupChanges } from './classifying.ts';
import { toView } from './criteria.service.ts';
import { findScheme, schemeOrPrimary, toScheme } from './schemes.repo.ts';
import { toSchemeView } from './schemes.service.ts';
import type { Actor } from '../../kernel/actor.ts';

const noCriteria = () =>
  new DomainError('conflict', 'Switch on at least one criterion first', undefined, {
    code: 'no_criteria',
    params: {},
  });

/** How many clients move in each direction. */
function countByDirection(moves: readonly { direction: MoveDirection }[]) {
  const counts: Record<MoveDirection, number> = {
    up: 0,
    down: 0,
    new: 0,
    unclassified: 0,
    otherScheme: 0,
  };
  for (const move of moves) counts[move.direction] += 1;
  return counts;
}

/** A commit refused until the firm says it accepts demotions that come from missing scores. */
const demotionsFromMissingScores = (clients: number) =>
  new DomainError(
    'conflict',
    `${clients} clients would move down only because scores are missing; score them first, ` +
      'or commit with acceptDemotionsFromMissingScores',
    undefined,
    { code: 'demotions_from_missing_scores', params: { clients } },
  );

/**
 * The overrides that name a category of the scheme. A category set by hand that the scheme no
 * longer has (its categories were changed since) counts for nothing until it is set again.
 */
function standingOverrides(scheme: CategoryScheme, overrides: readonly CategoryOverride[]) {
  const keys = new Set(scheme.categories.map((category) => category.key));
  return overrides.filter((override) => keys.has(override.categoryKey));
}

/** The current place of every client: the latest committed category, or its override now. */
async function currentPlacement(db: Db, workspaceId: string, loaded: Classifying) {
  const [committed, overrides] = await Promise.all([
    latestCategories(db, workspaceId, loaded.schemeRow.id),
    overridesOf(db, workspaceId, loaded.schemeRow.id),
  ]);
  const override = new Map(overrides.map((o) => [o.clientId, o]));
  const rows = loaded.clients.map((client) => {
    const held = override.get(client.id);
    const category = committed.get(client.id);
    if (category === undefined && !held) return undefined;
    return {
      category: held?.categoryKey ?? category ?? null,
      computedCategory: category ?? null,
      overridden: held !== undefined,
    };
  });
  return { committed, overrides, placement: compactPlacement(loaded.scheme, rows) };
}

/**
 * The scoring matrix of a scheme: the active criteria with their weights, and per client the
 * scores that count (with agreed and disagreement flags), total, grade and category: the one
 * the method gives now, the committed one and an override.
 */
export async function scoringMatrix(
  db: Db,
  workspaceId: string,
  options: { schemeId?: string; year?: number },
) {
  const loaded = await readClassifying(db, workspaceId, options);
  const { committed, overrides } = await currentPlacement(db, workspaceId, loaded);
  const columns = loaded.criteria.length;
  const setup = columns === 0 ? null : setupWith(loaded);
  const classified =
    setup === null
      ? null
      : classificationsFromCompact(
          setup,
          classifyCompact(setup, loaded.compact),
          standingOverrides(setup.scheme, overrides),
        );
  return {
    scheme: toSchemeView(loaded.schemeRow),
    year: loaded.year,
    criteria: loaded.criteriaRows.map(toView),
    clients: loaded.clients.map((client, row) => {
      const scores = Array.from(loaded.compact.scores.subarray(row * columns, (row + 1) * columns));
      const result = classified?.[row];
      return {
        ...client,
        scores: scores.map((score) => (score < 0 ? null : score)),
        flags: Array.from(loaded.flags.subarray(row * columns, (row + 1) * columns)),
        total: result?.total ?? 0,
        maximum: result?.maximum ?? 0,
        grade: result?.grade ?? 0,
        unscoredCriteria: result?.unscoredCriteria ?? columns,
        computedCategory: result?.computedCategory ?? null,
        category: result?.category ?? null,
        overridden: result?.overridden ?? false,
        overrideReason: result?.overrideReason ?? null,
        committedCategory: committed.get(client.id) ?? null,
      };
    }),
  };
}

export type MatrixReport = Awaited<ReturnType<typeof scoringMatrix>>;

/**
 * Who would move with these changes (or with the saved setup) against the latest committed
 * classification: counts per pair and the moving clients by name, the first `limit` of them.
 */
export async function previewClassification(
  db: Db,
  workspaceId: string,
  schemeId: string | undefined,
  changes: SetupChanges,
  limit = 500,
) {
  const loaded = await readClassifying(db, workspaceId, { schemeId });
  if (loaded.criteria.length === 0) throw noCriteria();
  return previewOf(db, workspaceId, loaded, changes, limit);
}

async function previewOf(
  db: Db,
  workspaceId: string,
  loaded: Classifying,
  changes: SetupChanges,
  limit: number,
) {
  const setup = setupWith(loaded, changes);
  const { overrides, placement } = await currentPlacement(db, workspaceId, loaded);
  const compact = classifyCompact(setup, loaded.compact);
  const known = standingOverrides(setup.scheme, overrides);
  const proposedPlacement = placeCompact(setup, compact, known);
  const preview = previewCompactMoves({
    scheme: setup.scheme,
    currentScheme: loaded.scheme,
    clientIds: loaded.compact.clientIds,
    current: placement,
    proposed: proposedPlacement,
  });
  const effects = missingScoreEffects({
    setup,
    currentScheme: loaded.scheme,
    scores: loaded.compact,
    proposed: compact,
    proposedPlacement,
    current: placement,
    overrides: known,
  });
  const rowOf = new Map(loaded.clients.map((client, row) => [client.id, row]));
  const fromMissing = new Set(effects.downFromMissingScores);
  return {
    setup,
    compact,
    known,
    report: {
      clients: loaded.clients.length,
      counts: preview.counts,
      moved: preview.moves.length,
      unchanged: preview.unchanged,
      withoutCategory: preview.withoutCategory.length,
      heldByOverride: preview.heldByOverride.length,
      byDirection: countByDirection(preview.moves),
      notFullyScored: effects.notFullyScored,
      downFromMissingScores: fromMissing.size,
      // the demotions that come from missing scores first, so a short list never hides them
      moves: [
        ...preview.moves.filter((move) => fromMissing.has(move.clientId)),
        ...preview.moves.filter((move) => !fromMissing.has(move.clientId)),
      ]
        .slice(0, limit)
        .map((move) => {
          const row = rowOf.get(move.clientId);
          return {
            ...move,
            name: row === undefined ? '' : loaded.clients[row]!.name,
            fullyScored: row === undefined || compact.unscored[row] === 0,
            downFromMissingScores: fromMissing.has(move.clientId),
          };
        }),
    },
  };
}

/**
 * Commits a classification: saves the changes (weights, categories, method), then stores every
 * client's category with the scheme and weights it was made with, in one transaction. A commit
 * from the command line has no user (undefined). Demotions that come only from missing scores
 * are refused unless accepted.
 */
export async function commitClassification(
  db: Db,
  actor: { workspaceId: string; userId: string | undefined },
  schemeId: string | undefined,
  input: SetupChanges & { note?: string | null; acceptDemotionsFromMissingScores?: boolean },
  /** The instant on the firm's clock: the commit counts from the firm's day it falls on. */
  at: Date,
) {
  const loaded = await readClassifying(db, actor.workspaceId, { schemeId });
  if (loaded.criteria.length === 0) throw noCriteria();
  const { setup, compact, known, report } = await previewOf(
    db,
    actor.workspaceId,
    loaded,
    input,
    0,
  );
  if (report.downFromMissingScores > 0 && input.acceptDemotionsFromMissingScores !== true)
    throw demotionsFromMissingScores(report.downFromMissingScores);
  const placed = classificationsFromCompact(setup, compact, known);
  return db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    for (const [id, weight] of Object.entries(input.weights ?? {}))
      await tx
        .update(criteria)
        .set({ weight, updatedAt: new Date() })
        .where(and(eq(criteria.workspaceId, ws), eq(criteria.id, id)));
    const definition = { categories: setup.scheme.categories, method: setup.method };
    if (input.categories || input.method)
      await tx
        .update(categorySchemes)
        .set({
          definition,
          preset: input.categories ? null : loaded.schemeRow.preset,
          updatedAt: new Date(),
        })
        .where(
          and(eq(categorySchemes.workspaceId, ws), eq(categorySchemes.id, loaded.schemeRow.id)),
        );
    const id = newId();
    await tx.insert(classifications).values({
      workspaceId: ws,
      id,
      schemeId: loaded.schemeRow.id,
      definition,
      criteria: loaded.criteriaRows.map((row, index) => ({
        id: row.id,
        key: row.key,
        name: row.name,
        weight: setup.criteria[index]!.weight,
        scaleMax: row.scaleMax,
        source: row.source,
      })),
      clientCount: placed.length,
      note: input.note ?? null,
      userId: actor.userId ?? null,
      createdAt: at,
    });
    await insertClientCategories(tx, {
      workspaceId: ws,
      classificationId: id,
      clientIds: compact.clientIds,
      categories: placed.map((client) => client.category),
      totals: compact.totals,
      maxima: compact.maxima,
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: loaded.schemeRow.id,
      action: 'classify',
      before: undefined,
      after: {
        classification: id,
        clients: placed.length,
        moved: report.moved,
        downFromMissingScores: report.downFromMissingScores,
        note: input.note ?? null,
      },
    });
    return {
      id,
      clientCount: placed.length,
      moved: report.moved,
      downFromMissingScores: report.downFromMissingScores,
      counts: report.counts,
    };
  });
}

export async function listClassifications(db: Db, workspaceId: string, schemeId: string) {
  if (!(await findScheme(db, workspaceId, schemeId))) throw notFound('Category scheme');
  return (await classificationsOf(db, workspaceId, schemeId)).map(
    ({ definition: _definition, criteria: _criteria, ...summary }) => summary,
  );
}

/** Why a client is in its category: per criterion its score, weight and share of the total,
 * the boundary it passed and what it would take to move up. */
export async function explainCategory(
  db: Db,
  workspaceId: string,
  organizationId: string,
  schemeId?: string,
) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  const loaded = await readClassifying(db, workspaceId, { schemeId });
  if (loaded.criteria.length === 0) throw noCriteria();
  const row = loaded.clients.findIndex((client) => client.id === organizationId);
  if (row === -1)
    throw new DomainError('conflict', 'Only a client is classified', undefined, {
      code: 'not_a_client',
      params: {},
    });
  const columns = loaded.criteria.length;
  const scores: Record<string, number | null> = {};
  loaded.criteria.forEach((criterion, column) => {
    const score = loaded.compact.scores[row * columns + column]!;
    scores[criterion.key] = score < 0 ? null : score;
  });
  const setup = setupWith(loaded);
  const overrides = standingOverrides(
    setup.scheme,
    await overridesOf(db, workspaceId, loaded.schemeRow.id),
  );
  const explanation = explainClient({
    setup,
    clientId: organizationId,
    scores: scores as ScoresByCriterion,
    override: overrides.find((o) => o.clientId === organizationId) ?? null,
  });
  const views = new Map(loaded.criteriaRows.map((row) => [row.key, toView(row)]));
  return {
    ...explanation,
    scheme: toSchemeView(loaded.schemeRow),
    year: loaded.year,
    criteria: explanation.criteria.map((contribution) => ({
      ...contribution,
      criterion: views.get(contribution.criterionKey)!,
    })),
  };
}

/** A client's categories: per scheme the one that counts now and every committed one. */
export async function clientCategories(db: Db, workspaceId: string, organizationId: string) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  const [history, overrides, ended] = await Promise.all([
    categoryHistory(db, workspaceId, organizationId),
    db
      .select()
      .from(categoryOverrides)
      .where(
        and(
          eq(categoryOverrides.workspaceId, workspaceId),
          eq(categoryOverrides.organizationId, organizationId),
        ),
      ),
    db
      .select()
      .from(categoryOverrideHistory)
      .where(
        and(
          eq(categoryOverrideHistory.workspaceId, workspaceId),
          eq(categoryOverrideHistory.organizationId, organizationId),
        ),
      )
      .orderBy(desc(categoryOverrideHistory.endedAt)),
  ]);
  return {
    history: history.map((entry) => ({ ...entry, grade: gradeOrZero(entry.total, entry.maximum) })),
    overrides: overrides.map((o) => ({
      schemeId: o.schemeId,
      category: o.category,
      reason: o.reason,
      createdAt: o.createdAt.toISOString(),
    })),
    endedOverrides: ended.map((o) => ({
      schemeId: o.schemeId,
      category: o.category,
      reason: o.reason,
      setAt: o.setAt.toISOString(),
      endedAt: o.endedAt.toISOString(),
    })),
  };
}

/** Sets a client's category in a scheme by hand, with the reason; audited. */
export async function overrideCategory(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: { schemeId: string; category: string; reason: string },
  /** The instant on the firm's clock: the category counts from the firm's day it falls on. */
  at: Date,
) {
  return db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganization(tx, ws, organizationId))) throw notFound('Organisation');
    const schemeRow = await findScheme(tx, ws, input.schemeId);
    if (!schemeRow) throw notFound('Category scheme');
    const override = {
      clientId: organizationId,
      categoryKey: input.category,
      reason: input.reason,
    };
    throwIfProblems(overrideProblems(toScheme(schemeRow).scheme, [override]), 'override');
    const key = and(
      eq(categoryOverrides.workspaceId, ws),
      eq(categoryOverrides.schemeId, input.schemeId),
      eq(categoryOverrides.organizationId, organizationId),
    );
    const [before] = await tx.select().from(categoryOverrides).where(key);
    if (before) await keepEndedOverride(tx, before, at);
    await tx.delete(categoryOverrides).where(key);
    await tx.insert(categoryOverrides).values({
      workspaceId: ws,
      schemeId: input.schemeId,
      organizationId,
      category: input.category,
      reason: input.reason,
      userId: actor.userId,
      createdAt: at,
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'override',
      before: before
        ? { scheme: schemeRow.name, category: before.category, reason: before.reason }
        : undefined,
      after: { scheme: schemeRow.name, category: input.category, reason: input.reason },
    });
    return { schemeId: input.schemeId, category: input.category, reason: input.reason };
  });
}

/** Clears a client's category set by hand: the computed one counts again. */
export async function clearOverride(
  db: Db,
  actor: Actor,
  organizationId: string,
  schemeId: string | undefined,
  /** The instant on the firm's clock: the category no longer counts from the firm's day of it. */
  at: Date,
) {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganization(tx, ws, organizationId))) throw notFound('Organisation');
    const scheme = await schemeOrPrimary(tx, ws, schemeId);
    if (!scheme) throw notFound('Category scheme');
    const key = and(
      eq(categoryOverrides.workspaceId, ws),
      eq(categoryOverrides.schemeId, scheme.id),
      eq(categoryOverrides.organizationId, organizationId),
    );
    const [before] = await tx.select().from(categoryOverrides).where(key);
    if (!before) throw notFound('Category override');
    await keepEndedOverride(tx, before, at);
    await tx.delete(categoryOverrides).where(key);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'override',
      before: { category: before.category, reason: before.reason },
      after: { category: null, reason: null },
    });
  });
}
