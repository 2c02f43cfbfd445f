// The firm's criteria (method §3.1): the standard catalogue switched on or off, the freelancer's
// preset, the firm's own criteria, weights, scales and how data scores a criterion. Every change
// is checked by src/core/choosing and written to the audit log.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  criteriaProblems,
  dataScoreRuleProblems,
  isStandardCriterionKey,
  moneyFunPrestigeCriteria,
  standardCriterionKeys,
  throwIfProblems,
  type CriterionGroup,
} from '../../core/choosing/index.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { agreedScores, criteria, criterionScores } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import {
  criteriaOf,
  findCriterion,
  highestScore,
  toCriterion,
  type CriterionRow,
  type DataMapping,
} from './criteria.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

export type CriterionView = {
  id: string;
  key: string;
  name: string | null;
  group: CriterionGroup;
  source: 'data' | 'judgement';
  weight: number;
  scaleMax: number;
  active: boolean;
  standard: boolean;
  dataMapping: DataMapping | null;
};

export function toView(row: CriterionRow): CriterionView {
  const criterion = toCriterion(row);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    group: criterion.group,
    source: criterion.source,
    weight: row.weight,
    scaleMax: row.scaleMax,
    active: row.active,
    standard: isStandardCriterionKey(row.key),
    dataMapping: (row.dataMapping as DataMapping | null) ?? null,
  };
}

export async function listCriteria(db: Db, workspaceId: string): Promise<CriterionView[]> {
  return (await criteriaOf(db, workspaceId)).map(toView);
}

export type CriterionChange = {
  name?: string | null;
  weight?: number;
  scaleMax?: number;
  active?: boolean;
  source?: 'data' | 'judgement';
  dataMapping?: DataMapping | null;
};

const audited = (view: CriterionView) => ({
  name: view.name,
  weight: view.weight,
  scaleMax: view.scaleMax,
  active: view.active,
  source: view.source,
  dataMapping: view.dataMapping,
});

/** Checks one criterion as it would be after a change; throws invalid_input with every problem. */
function assertValid(row: CriterionRow) {
  const criterion = toCriterion(row);
  throwIfProblems(
    criteriaProblems([criterion]).map((problem) => ({ ...problem, path: problem.path.slice(2) })),
    'criterion',
  );
  if (row.source === 'data') {
    if (!row.dataMapping)
      throw new DomainError(
        'invalid_input',
        'dataMapping: a criterion scored from data needs a mapping',
        [{ field: 'dataMapping', message: 'mapping_missing' }],
      );
    const rule = { criterionKey: row.key, ...(row.dataMapping as DataMapping) };
    throwIfProblems(
      dataScoreRuleProblems([rule], [criterion]).map((problem) => ({
        ...problem,
        path: ['dataMapping', ...problem.path.slice(2)],
      })),
      'data mapping',
    );
  }
}

export async function updateCriterion(
  db: Db,
  actor: Actor,
  id: string,
  change: CriterionChange,
): Promise<CriterionView> {
  return db.transaction(async (tx) => {
    const before = await findCriterion(tx, actor.workspaceId, id);
    if (!before) throw notFound('Criterion');
    const after: CriterionRow = {
      ...before,
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.weight !== undefined ? { weight: change.weight } : {}),
      ...(change.scaleMax !== undefined ? { scaleMax: change.scaleMax } : {}),
      ...(change.active !== undefined ? { active: change.active } : {}),
      ...(change.source !== undefined ? { source: change.source } : {}),
      ...(change.dataMapping !== undefined ? { dataMapping: change.dataMapping } : {}),
    };
    assertValid(after);
    if (after.scaleMax < before.scaleMax) {
      const highest = await highestScore(tx, actor.workspaceId, id);
      if (highest > after.scaleMax)
        throw new DomainError(
          'conflict',
          `Clients are scored up to ${highest} on this criterion: lower those scores before the scale`,
          undefined,
          { code: 'scale_below_scores', params: { highest } },
        );
    }
    const [row] = await tx
      .update(criteria)
      .set({
        name: after.name,
        weight: after.weight,
        scaleMax: after.scaleMax,
        active: after.active,
        source: after.source,
        dataMapping: after.dataMapping,
        updatedAt: new Date(),
      })
      .where(and(eq(criteria.workspaceId, actor.workspaceId), eq(criteria.id, id)))
      .returning();
    const view = toView(row!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'criterion',
      entityId: id,
      action: 'update',
      before: audited(toView(before)),
      after: audited(view),
    });
    return view;
  });
}

export type OwnCriterion = {
  name: string;
  group: CriterionGroup;
  weight: number;
  scaleMax: number;
};

/** Adds the firm's own criterion, switched on, after the others. */
export async function createCriterion(
  db: Db,
  actor: Actor,
  input: OwnCriterion,
): Promise<CriterionView> {
  return db.transaction(async (tx) => {
    const existing = await criteriaOf(tx, actor.workspaceId);
    const taken = existing.some(
      (row) => row.name?.trim().toLowerCase() === input.name.toLowerCase(),
    );
    if (taken)
      throw new DomainError('conflict', `A criterion named "${input.name}" exists`, undefined, {
        code: 'criterion_name_taken',
        params: { name: input.name },
      });
    const row: CriterionRow = {
      workspaceId: actor.workspaceId,
      id: newId(),
      key: `own-${randomBytes(6).toString('hex')}`,
      name: input.name,
      criterionGroup: input.group,
      source: 'judgement',
      weight: input.weight,
      scaleMax: input.scaleMax,
      dataMapping: null,
      position: existing.reduce((last, other) => Math.max(last, other.position), -1) + 1,
      active: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    assertValid(row);
    const [inserted] = await tx.insert(criteria).values(row).returning();
    const view = toView(inserted!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'criterion',
      entityId: view.id,
      action: 'create',
      before: undefined,
      after: audited(view),
    });
    return view;
  });
}

/** Removes the firm's own criterion and its scores; a standard one is switched off instead. */
export async function deleteCriterion(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findCriterion(tx, actor.workspaceId, id);
    if (!row) throw notFound('Criterion');
    if (isStandardCriterionKey(row.key))
      throw new DomainError(
        'conflict',
        'A standard criterion is switched off, not removed',
        undefined,
        {
          code: 'standard_criterion_kept',
          params: {},
        },
      );
    const ofIt = (table: typeof criterionScores | typeof agreedScores) =>
      and(eq(table.workspaceId, actor.workspaceId), eq(table.criterionId, id));
    await tx.delete(criterionScores).where(ofIt(criterionScores));
    await tx.delete(agreedScores).where(ofIt(agreedScores));
    await tx
      .delete(criteria)
      .where(and(eq(criteria.workspaceId, actor.workspaceId), eq(criteria.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'criterion',
      entityId: id,
      action: 'delete',
      before: audited(toView(row)),
      after: undefined,
    });
  });
}

export const criteriaPresets = ['standard', 'moneyFunPrestige'] as const;
export type CriteriaPreset = (typeof criteriaPresets)[number];

/**
 * Switches on a preset: the whole standard catalogue (weights as they are), or the freelancer's
 * poen, pret & prestige at its weights with every other criterion off. Scores stay.
 */
export async function applyCriteriaPreset(
  db: Db,
  actor: Actor,
  preset: CriteriaPreset,
): Promise<CriterionView[]> {
  return db.transaction(async (tx) => {
    const rows = await criteriaOf(tx, actor.workspaceId);
    const chosen = new Map<string, number | undefined>(
      preset === 'standard'
        ? standardCriterionKeys.map((key) => [key, undefined])
        : moneyFunPrestigeCriteria().map((criterion) => [criterion.key, criterion.weight]),
    );
    for (const row of rows) {
      const weight = chosen.get(row.key);
      const active = chosen.has(row.key);
      if (row.active === active && (weight === undefined || weight === row.weight)) continue;
      await tx
        .update(criteria)
        .set({ active, weight: weight ?? row.weight, updatedAt: new Date() })
        .where(and(eq(criteria.workspaceId, actor.workspaceId), eq(criteria.id, row.id)));
    }
    await recordAudit(tx, {
      ...actor,
      entityType: 'workspace',
      entityId: actor.workspaceId,
      action: 'update',
      before: { criteriaPreset: null },
      after: { criteriaPreset: preset },
    });
    return (await criteriaOf(tx, actor.workspaceId)).map(toView);
  });
}

/** Puts the criteria in the given order (ids); criteria not named keep their place after them. */
export async function orderCriteria(db: Db, actor: Actor, ids: string[]): Promise<CriterionView[]> {
  return db.transaction(async (tx) => {
    const rows = await criteriaOf(tx, actor.workspaceId);
    const known = new Set(rows.map((row) => row.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw notFound('Criterion');
    const order = [...ids, ...rows.map((row) => row.id).filter((id) => !ids.includes(id))];
    for (const [position, id] of order.entries())
      await tx
        .update(criteria)
        .set({ position })
        .where(and(eq(criteria.workspaceId, actor.workspaceId), eq(criteria.id, id)));
    return (await criteriaOf(tx, actor.workspaceId)).map(toView);
  });
}
