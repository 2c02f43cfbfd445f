// The annual review of one fiscal year (jaarlijkse doorlichting, method §1): the figures beside
// the review questions for every client with revenue, and the decision the firm records per
// client, kept as history and audited. Every figure comes from src/core/portfolio.
import { firmToday } from '../../http/today.ts';
import { notFound } from '../../core/errors.ts';
import {
  annualReview,
  defaultReviewPolicy,
  fiscalYearOf,
  fiscalYearRange,
  isActive,
  relationshipReferenceDate,
  type ReviewDecision,
} from '../../core/portfolio/index.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import {
  portfolioRows,
  portfolioYears,
  relationshipStartsOf,
} from '../portfolio/portfolio.service.ts';
import {
  clientsWithLatestDecision,
  decisionsOf,
  insertDecision,
  type DecisionRow,
} from './review.repo.ts';
import type { Decision, DecisionCreate, Review } from './review.schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';

// The clients with the decision of their latest review, which acquisition plans from.
export { clientsWithLatestDecision } from './review.repo.ts';

/** The one mapper from a stored decision to the API's decision. */
export function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    organizationId: row.organization_id,
    year: Number(row.fiscal_year),
    decision: row.decision as ReviewDecision,
    note: row.note,
    userId: row.user_id,
    userName: row.user_name,
    createdAt: row.created_at,
  };
}

/** The year asked for, else the latest with revenue, else the fiscal year of today. */
export async function askedOrLatestYear(
  db: Db,
  workspaceId: string,
  asked: number | undefined,
  /** The firm's day; read from its clock when left out. */
  today?: string,
): Promise<number> {
  if (asked !== undefined) return asked;
  const latest = (await portfolioYears(db, workspaceId)).at(-1);
  if (latest !== undefined) return latest;
  const day = today ?? (await firmToday(db, workspaceId));
  return fiscalYearOf(day, await fiscalYearStartOf(db, workspaceId));
}

/**
 * The review of a year: per client with revenue its figures, flags and latest decision about
 * the year; flagged clients first, then by revenue. Relationship lengths are measured as the
 * portfolio measures them (relationshipStartsOf, relationshipReferenceDate). Five queries,
 * whatever the number of clients.
 */
export async function annualReviewReport(
  db: Db,
  workspaceId: string,
  year: number,
  /** The firm's day. */
  today: string,
): Promise<Review> {
  const startMonth = await fiscalYearStartOf(db, workspaceId);
  const period = fiscalYearRange(year, startMonth);
  const [rows, { starts }] = await Promise.all([
    portfolioRows(db, workspaceId, year, { serviceLinesOfYearOnly: true }),
    relationshipStartsOf(db, workspaceId, year, period),
  ]);
  const referenceDate = relationshipReferenceDate(period, today);
  const reviews = annualReview({ rows, year, referenceDate, relationshipStarts: starts }).filter(
    (review) => isActive(review.revenueCents),
  );
  const clients = await clientsWithLatestDecision(
    db,
    workspaceId,
    reviews.map((review) => review.clientId),
    year,
  );
  // a stable sort keeps the revenue order within the flagged and the unflagged clients
  const ordered = [...reviews].sort(
    (a, b) => Number(b.costsMoreThanItBrings) - Number(a.costsMoreThanItBrings),
  );
  return {
    year,
    period,
    referenceDate,
    revenueCents: reviews.reduce((sum, review) => sum + review.revenueCents, 0),
    activeClients: reviews.length,
    flaggedClients: reviews.filter((review) => review.costsMoreThanItBrings).length,
    policy: defaultReviewPolicy,
    clients: ordered.map((review) => {
      const client = clients.get(review.clientId);
      return {
        id: review.clientId,
        name: client?.name ?? '',
        revenueCents: review.revenueCents,
        share: review.share,
        shareBasisPoints: review.shareBasisPoints,
        relationship: review.relationship,
        hours: review.hours,
        revenuePerHourCents: review.revenuePerHourCents,
        marginCents: review.marginCents,
        marginPerHourCents: review.marginPerHourCents,
        serviceLines: review.serviceLines,
        creditNoteCount: review.creditNoteCount,
        creditNoteCents: review.creditNoteCents,
        changeCents: review.changeCents,
        changeRatio: review.changeRatio,
        flags: review.flags,
        costsMoreThanItBrings: review.costsMoreThanItBrings,
        decision: client?.decision ? toDecision(client.decision) : null,
      };
    }),
  };
}

/** Records a decision about a client; earlier ones stay, so the history shows every review. */
export async function recordDecision(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: DecisionCreate,
): Promise<Decision> {
  return db.transaction(async (tx) => {
    if (!(await findOrganization(tx, actor.workspaceId, organizationId))) {
      throw notFound('Organisation');
    }
    const row = await insertDecision(tx, {
      workspaceId: actor.workspaceId,
      id: newId(),
      organizationId,
      year: input.year,
      decision: input.decision,
      note: input.note ?? null,
      userId: actor.userId,
    });
    const decision = toDecision(row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'decide',
      before: undefined,
      after: { year: decision.year, decision: decision.decision, note: decision.note },
    });
    return decision;
  });
}

export async function listDecisions(
  db: Db,
  workspaceId: string,
  organizationId: string,
): Promise<Decision[]> {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  return (await decisionsOf(db, workspaceId, organizationId)).map(toDecision);
}
