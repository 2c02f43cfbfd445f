// Complaints per category, professional and client (method §7, §15): how many, how many still
// open, how long they took to solve in working days, and how many steps were taken within the
// norm. One tally (src/core's complaintTally) for every group, so the figures add up.
import { complaintTally, type ComplaintTally } from '../../core/satisfaction/complaint.ts';
import type { Db } from '../../db/connection.ts';
import { listComplaints } from './complaints.repo.ts';
import { judgedComplaints, type ComplaintView } from './complaints.service.ts';

function grouped<K>(views: readonly ComplaintView[], keyOf: (view: ComplaintView) => K) {
  const groups = new Map<K, ComplaintView[]>();
  for (const view of views) {
    const key = keyOf(view);
    const list = groups.get(key);
    if (list) list.push(view);
    else groups.set(key, [view]);
  }
  return [...groups.entries()];
}

const mostFirst = (a: ComplaintTally, b: ComplaintTally) => b.count - a.count;

/** The report over the complaints that came in from `from` (null: all) up to `to`. */
export async function complaintReport(
  db: Db,
  workspaceId: string,
  period: { from: string | null; to: string },
  day: string,
) {
  const rows = await listComplaints(db, workspaceId, {
    from: period.from ?? undefined,
    to: period.to,
  });
  const views = await judgedComplaints(db, workspaceId, rows, day);
  return {
    from: period.from,
    to: period.to,
    firm: complaintTally(views),
    byCategory: grouped(views, (view) => view.category)
      .map(([category, list]) => ({ category, ...complaintTally(list) }))
      .sort((a, b) => (a.category ?? '~').localeCompare(b.category ?? '~')),
    byProfessional: grouped(views, (view) => view.followedUpById)
      .map(([professionalId, list]) => ({
        professionalId,
        professionalName: list[0]!.followedUpByName,
        ...complaintTally(list),
      }))
      .sort(mostFirst),
    byClient: grouped(views, (view) => view.organizationId)
      .map(([organizationId, list]) => ({
        organizationId,
        organizationName: list[0]!.organizationName,
        ...complaintTally(list),
      }))
      .sort(mostFirst),
  };
}
