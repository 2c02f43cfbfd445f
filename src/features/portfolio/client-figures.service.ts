// One client's figures for its page: revenue per fiscal year (the last ten, from the kept
// client_years), its share and ABC class in the portfolio's year taken from the portfolio report
// itself, so the page and the portfolio cannot differ, and the norms it is served by now.
import { and, asc, between, desc, eq, sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { assignments, clientYears } from '../../db/schema.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { clientNorms } from '../servicing/client-norms.service.ts';
import { portfolioReport } from './portfolio.service.ts';

/** How many fiscal years of revenue the page shows, up to and including the portfolio's year. */
export const revenueYearsShown = 10;
/** The newest assignments shown; a long relationship has hundreds. */
export const assignmentsShown = 20;

export async function clientFigures(
  db: Db,
  workspaceId: string,
  id: string,
  year: number,
  /** The firm's day, for the portfolio's report of the year. */
  today: string,
) {
  if (!(await findOrganization(db, workspaceId, id))) throw notFound('Organisation');
  const [rows, report, norms, work] = await Promise.all([
    db
      .select({ fiscalYear: clientYears.fiscalYear, revenueCents: clientYears.revenueCents })
      .from(clientYears)
      .where(
        and(
          eq(clientYears.workspaceId, workspaceId),
          eq(clientYears.organizationId, id),
          between(clientYears.fiscalYear, year - revenueYearsShown + 1, year),
        ),
      )
      .orderBy(asc(clientYears.fiscalYear)),
    portfolioReport(db, workspaceId, year, today),
    clientNorms(db, workspaceId),
    db
      .select({
        id: assignments.id,
        title: assignments.title,
        serviceLine: assignments.serviceLine,
        startDate: assignments.startDate,
        endDate: assignments.endDate,
        feeCents: assignments.feeCents,
        professionalId: assignments.professionalId,
      })
      .from(assignments)
      .where(and(eq(assignments.workspaceId, workspaceId), eq(assignments.organizationId, id)))
      .orderBy(sql`${assignments.startDate} desc nulls last`, desc(assignments.id))
      .limit(assignmentsShown),
  ]);
  const byYear = new Map(rows.map((row) => [row.fiscalYear, row.revenueCents]));
  const client = report.clients.find((candidate) => candidate.id === id);
  const { category, concept } = norms(id);
  const { categoryKey: _key, ...serviceNorms } = concept;
  return {
    year,
    revenue: Array.from({ length: revenueYearsShown }, (_, index) => {
      const fiscalYear = year - revenueYearsShown + 1 + index;
      return { fiscalYear, revenueCents: byYear.get(fiscalYear) ?? 0 };
    }),
    basisPoints: client?.basisPoints ?? null,
    abcClass: client?.abcClass ?? null,
    category,
    norms: serviceNorms,
    assignments: work,
  };
}
