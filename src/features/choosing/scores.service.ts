// Scoring a client on a criterion (method §3.1–3.2): each professional's own score, or the score
// the firm agreed on, which counts over every scorer's. Every change is audited on the client.
import { and, eq, sql } from 'drizzle-orm';
import { agreedScore } from '../../core/choosing/index.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { agreedScores, criterionScores } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { criteriaOf, findCriterion, ruleOf } from './criteria.repo.ts';
import { toView } from './criteria.service.ts';
import { recordScoreChange } from './score-changes.ts';
import type { Actor } from '../../kernel/actor.ts';

export type ScoreInput = {
  /** The score, or null to take it back. */
  score: number | null;
  /** true: the score the firm agreed on; false: the professional's own. */
  agreed: boolean;
};

export async function setScore(
  db: Db,
  actor: Actor,
  organizationId: string,
  criterionId: string,
  input: ScoreInput,
) {
  const written = await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganization(tx, ws, organizationId))) throw notFound('Organisation');
    const criterion = await findCriterion(tx, ws, criterionId);
    if (!criterion) throw notFound('Criterion');
    if (ruleOf(criterion))
      throw new DomainError(
        'conflict',
        'This criterion is scored from data, not by hand',
        undefined,
        {
          code: 'scored_from_data',
          params: {},
        },
      );
    if (input.score !== null && (input.score < 0 || input.score > criterion.scaleMax))
      throw new DomainError(
        'invalid_input',
        `score: must be a whole number from 0 to ${criterion.scaleMax}`,
        [{ field: 'score', message: `must be a whole number from 0 to ${criterion.scaleMax}` }],
      );
    const table = input.agreed ? agreedScores : criterionScores;
    const key = input.agreed
      ? and(
          eq(agreedScores.workspaceId, ws),
          eq(agreedScores.organizationId, organizationId),
          eq(agreedScores.criterionId, criterionId),
        )
      : and(
          eq(criterionScores.workspaceId, ws),
          eq(criterionScores.organizationId, organizationId),
          eq(criterionScores.criterionId, criterionId),
          eq(criterionScores.scorerId, actor.userId),
        );
    const [before] = await tx.select({ score: table.score }).from(table).where(key);
    await tx.delete(table).where(key);
    if (input.score !== null) {
      if (input.agreed)
        await tx.insert(agreedScores).values({
          workspaceId: ws,
          organizationId,
          criterionId,
          score: input.score,
          userId: actor.userId,
        });
      else
        await tx.insert(criterionScores).values({
          workspaceId: ws,
          organizationId,
          criterionId,
          scorerId: actor.userId,
          score: input.score,
        });
    }
    // every score changed counts: what is kept from the scores follows the revision
    const previous = await tx.execute<{ revision: string }>(sql`
      select revision::text || ':' || xmin::text as revision from scoring_revisions
       where workspace_id = ${ws} for update`);
    const current = await tx.execute<{ revision: string }>(sql`
      insert into scoring_revisions (workspace_id, revision) values (${ws}, 1)
      on conflict (workspace_id) do update
        set revision = scoring_revisions.revision + 1, updated_at = now()
      returning revision::text || ':' || xmin::text as revision`);
    const field = `${input.agreed ? 'agreed' : 'score'}:${criterion.name ?? criterion.key}`;
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'score',
      before: { [field]: before?.score ?? null },
      after: { [field]: input.score },
    });
    return {
      scores: await clientScoresIn(tx, ws, organizationId, actor.userId),
      previous: previous.rows[0]?.revision ?? '',
      current: current.rows[0]!.revision,
    };
  });
  recordScoreChange(actor.workspaceId, written.previous, written.current, organizationId);
  return written.scores;
}

type Reader = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** Per criterion: every scorer's score by name, the agreed one, the one that counts and mine. */
export async function clientScores(db: Db, actor: Actor, organizationId: string) {
  if (!(await findOrganization(db, actor.workspaceId, organizationId)))
    throw notFound('Organisation');
  return clientScoresIn(db, actor.workspaceId, organizationId, actor.userId);
}

async function clientScoresIn(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  userId: string,
) {
  const rows = await criteriaOf(db, workspaceId);
  const scored = await db.execute<{
    criterion_id: string;
    scorer_id: string;
    name: string | null;
    score: number;
  }>(sql`
    select s.criterion_id, s.scorer_id, u.name, s.score from criterion_scores s
      left join users u on u.workspace_id = s.workspace_id and u.id = s.scorer_id
     where s.workspace_id = ${workspaceId} and s.organization_id = ${organizationId}
     order by u.name, s.scorer_id`);
  const agreed = await db.execute<{ criterion_id: string; score: number }>(sql`
    select criterion_id, score from agreed_scores
     where workspace_id = ${workspaceId} and organization_id = ${organizationId}`);
  const agreedBy = new Map(agreed.rows.map((row) => [row.criterion_id, Number(row.score)]));
  return rows
    .filter((row) => row.active)
    .map((row) => {
      const scorers = scored.rows
        .filter((s) => s.criterion_id === row.id)
        .map((s) => ({ userId: s.scorer_id, name: s.name ?? '', score: Number(s.score) }));
      const counts = agreedScore(
        scorers.map((s) => ({ scorerId: s.userId, score: s.score })),
        agreedBy.get(row.id) ?? null,
      );
      return {
        criterion: toView(row),
        scorers,
        mine: scorers.find((s) => s.userId === userId)?.score ?? null,
        agreed: agreedBy.get(row.id) ?? null,
        score: counts.score,
        basis: counts.basis,
        disagreement: counts.disagreement,
      };
    });
}
