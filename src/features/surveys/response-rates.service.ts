// Response rates of the survey links (method §7): per client category (in the primary scheme, as
// it is now) and per professional who asked, and the contacts who have not answered.
import { notAnswered, responseRates } from '../../core/satisfaction/response-rates.ts';
import type { Db } from '../../db/connection.ts';
import { currentCategories, schemeOrPrimary } from '../choosing/categories.service.ts';
import { listRequests } from './surveys.repo.ts';
import { toSurveyRequest } from './surveys.service.ts';

export async function surveyResponseRates(db: Db, workspaceId: string, now: Date) {
  const [rows, scheme] = await Promise.all([
    listRequests(db, workspaceId, {}),
    schemeOrPrimary(db, workspaceId),
  ]);
  const clients = [...new Set(rows.map((row) => row.organization_id))];
  const categories = scheme
    ? await currentCategories(db, workspaceId, scheme, clients)
    : new Map<string, string>();
  const requests = rows.map((row) => ({ row, view: toSurveyRequest(row, now) }));
  const rates = responseRates(
    requests.map(({ row, view }) => ({
      status: view.status,
      category: categories.get(row.organization_id) ?? null,
      askedBy: row.created_by,
    })),
  );
  const nameOf = new Map(rows.map((row) => [row.created_by, row.created_by_name]));
  return {
    total: rates.total,
    byCategory: [...rates.byCategory]
      .map(([category, rate]) => ({ category, ...rate }))
      .sort((a, b) => (a.category ?? '\uffff').localeCompare(b.category ?? '\uffff')),
    byProfessional: [...rates.byProfessional]
      .map(([userId, rate]) => ({ userId, name: nameOf.get(userId) ?? null, ...rate }))
      .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff')),
    nonResponders: requests.filter(({ view }) => notAnswered(view)).map(({ view }) => view),
  };
}
