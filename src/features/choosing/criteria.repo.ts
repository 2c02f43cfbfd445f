// The firm's criteria (table criteria), scoped by workspace. A firm that never opened its
// criteria gets the standard catalogue, switched off, on the first read.
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  defaultDataScoreRules,
  standardCriteria,
  type Criterion,
  type CriterionGroup,
  type CriterionSource,
  type DataScoreRule,
} from '../../core/choosing/index.ts';
import type { Db } from '../../db/connection.ts';
import { criteria } from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';

type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** How data scores a criterion: a rule without its criterion's key, which the row carries. */
export type DataMapping = Omit<DataScoreRule, 'criterionKey'>;

export type CriterionRow = typeof criteria.$inferSelect;

/** The core's criterion for a row. */
export function toCriterion(row: CriterionRow): Criterion {
  return {
    key: row.key,
    group: row.criterionGroup as CriterionGroup,
    source: row.source as CriterionSource,
    weight: row.weight,
    scaleMax: row.scaleMax,
    name: row.name,
  };
}

/** The rule data scores a row by; null while people score it. */
export function ruleOf(row: CriterionRow): DataScoreRule | null {
  if (row.source !== 'data' || row.dataMapping === null) return null;
  return { criterionKey: row.key, ...(row.dataMapping as DataMapping) };
}

/** Every criterion of the firm in its order, the standard catalogue added (off) when missing. */
export async function criteriaOf(db: Executor, workspaceId: string): Promise<CriterionRow[]> {
  const rows = await listCriteria(db, workspaceId);
  if (rows.length > 0) return rows;
  await db
    .insert(criteria)
    .values(
      standardCriteria().map((criterion, position) => {
        const rule = defaultDataScoreRules.find((r) => r.criterionKey === criterion.key);
        return {
          workspaceId,
          id: newId(),
          key: criterion.key,
          name: null,
          criterionGroup: criterion.group,
          source: criterion.source,
          weight: criterion.weight,
          scaleMax: criterion.scaleMax,
          dataMapping: rule ? mappingOf(rule) : null,
          position,
          active: false,
        };
      }),
    )
    .onConflictDoNothing();
  return listCriteria(db, workspaceId);
}

export function mappingOf(rule: DataScoreRule): DataMapping {
  return { measure: rule.measure, direction: rule.direction, thresholds: [...rule.thresholds] };
}

function listCriteria(db: Executor, workspaceId: string) {
  return db
    .select()
    .from(criteria)
    .where(eq(criteria.workspaceId, workspaceId))
    .orderBy(asc(criteria.position), asc(criteria.key));
}

/** The active criteria in their order: the columns of the scoring matrix. */
export async function activeCriteria(db: Executor, workspaceId: string) {
  return (await criteriaOf(db, workspaceId)).filter((row) => row.active);
}

export async function findCriterion(db: Executor, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(criteria)
    .where(and(eq(criteria.workspaceId, workspaceId), eq(criteria.id, id)));
  return row;
}

/** The highest score anyone gave or agreed on for the criterion; 0 when none. */
export async function highestScore(db: Executor, workspaceId: string, criterionId: string) {
  const result = await db.execute<{ highest: number | null }>(sql`
    select greatest(
      (select max(score) from criterion_scores
        where workspace_id = ${workspaceId} and criterion_id = ${criterionId}),
      (select max(score) from agreed_scores
        where workspace_id = ${workspaceId} and criterion_id = ${criterionId})) as highest`);
  return Number(result.rows[0]?.highest ?? 0);
}
