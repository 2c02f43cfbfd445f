// The satisfaction report of a fiscal year (method §7, §14): the evaluations given and the
// assignments evaluated, per category (the client's on the day judged, in the firm's scheme) and
// per relationship manager, from src/core/satisfaction/satisfaction-report.ts. The web page, the
// API and `klandizie report satisfaction` all print this one answer.
import { satisfactionReport } from '../../core/satisfaction/satisfaction-report.ts';
import type { Db } from '../../db/connection.ts';
import { categoryTimeline } from '../choosing/categories.service.ts';
import { complianceYear } from '../compliance/compliance.service.ts';
import { listUsers } from '../users/users.service.ts';
import { satisfactionNormOf } from './satisfaction.repo.ts';
import { reportRows } from './satisfaction-report.repo.ts';

export async function satisfactionReportOf(
  db: Db,
  workspaceId: string,
  options: { fiscalYear?: number | undefined; today: string },
) {
  const { fiscalYear, from, to, judgedAt, scheme, groups } = await complianceYear(
    db,
    workspaceId,
    options.fiscalYear,
    options.today,
  );
  const [rows, users, norm] = await Promise.all([
    reportRows(db, workspaceId, { from, to, today: options.today }),
    listUsers(db, workspaceId),
    satisfactionNormOf(db, workspaceId),
  ]);
  const categories = await categoryTimeline(db, workspaceId, scheme, {
    from: judgedAt,
    to: judgedAt,
    clientIds: rows.clients.map((client) => client.id),
  });
  const report = satisfactionReport({
    period: { from, to },
    today: options.today,
    clients: rows.clients.map((client) => ({
      ...client,
      categoryKey: categories.on(client.id, judgedAt),
    })),
    evaluations: rows.evaluations,
    assignments: rows.assignments,
    categoryOrder: groups,
  });
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return {
    fiscalYear,
    from,
    to,
    judgedAt,
    norm,
    ...report,
    professionals: report.professionals
      .map((group) => ({
        ...group,
        name: group.userId === null ? null : (nameOf.get(group.userId) ?? null),
      }))
      // by name; the clients nobody manages last
      .sort((a, b) =>
        a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'nl'),
      ),
  };
}

export type SatisfactionReportView = Awaited<ReturnType<typeof satisfactionReportOf>>;
