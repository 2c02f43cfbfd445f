// Committed classifications (classifications, client_categories) and categories set by hand
// (category_overrides), scoped by workspace.
import { sql } from 'drizzle-orm';
import { categoryNow } from '../../core/choosing/category-history.ts';
import type { CategoryOverride } from '../../core/choosing/index.ts';
import type { Db } from '../../db/connection.ts';
import { categoryOverrideHistory, type categoryOverrides } from '../../db/schema.ts';
import { toScheme, type SchemeRow } from './schemes.repo.ts';

type Executor = Pick<Db, 'execute'>;

export type ClassificationSummary = {
  id: string;
  schemeId: string;
  clientCount: number;
  note: string | null;
  userId: string | null;
  userName: string | null;
  /** ISO 8601 in UTC. */
  createdAt: string;
  definition: unknown;
  criteria: unknown;
  /** How many clients each category held, in the order of the scheme at the time. */
  categories: { category: string | null; clients: number }[];
};

const summaryColumns = sql`c.id, c.scheme_id as "schemeId", c.client_count::int as "clientCount",
  c.note, c.user_id as "userId", u.name as "userName",
  to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  c.definition, c.criteria`;
const withUser = sql`left join users u on u.workspace_id = c.workspace_id and u.id = c.user_id`;

/** A scheme's committed classifications, newest first, each with its clients per category. */
export async function classificationsOf(db: Executor, workspaceId: string, schemeId: string) {
  const result = await db.execute<Omit<ClassificationSummary, 'categories'> & { counts: string }>(
    sql`
    select ${summaryColumns}, coalesce((
      select json_object_agg(coalesce(category, ''), clients)::text from (
        select category, count(*)::int as clients from client_categories cc
         where cc.workspace_id = c.workspace_id and cc.classification_id = c.id
         group by category) counted), '{}') as counts
      from classifications c ${withUser}
     where c.workspace_id = ${workspaceId} and c.scheme_id = ${schemeId}
     order by c.created_at desc, c.id desc`,
  );
  return result.rows.map(({ counts, ...row }) => {
    const byCategory = JSON.parse(counts) as Record<string, number>;
    const keys = ((row.definition as { categories?: { key: string }[] }).categories ?? []).map(
      (category) => category.key,
    );
    const categories = [...keys, ''].flatMap((key) =>
      byCategory[key] === undefined
        ? []
        : [{ category: key === '' ? null : key, clients: byCategory[key] }],
    );
    return { ...row, categories };
  });
}

/** A committed classification never changes: its categories are kept by its id. */
const keptCategories = new Map<string, Promise<Map<string, string | null>>>();

/** Each client's category in the scheme's latest classification; empty when none was made. */
export async function latestCategories(db: Executor, workspaceId: string, schemeId: string) {
  const latest = await db.execute<{ id: string }>(sql`
    select id from classifications where workspace_id = ${workspaceId} and scheme_id = ${schemeId}
     order by created_at desc, id desc limit 1`);
  const id = latest.rows[0]?.id;
  if (!id) return new Map<string, string | null>();
  const kept = keptCategories.get(`${workspaceId}|${id}`);
  if (kept) return kept;
  const read = (async () => {
    const result = await db.execute<{ id: string; category: string | null }>(sql`
      select organization_id as id, category from client_categories
       where workspace_id = ${workspaceId} and classification_id = ${id}`);
    return new Map(result.rows.map((row) => [row.id, row.category]));
  })();
  keptCategories.set(`${workspaceId}|${id}`, read);
  read.catch(() => keptCategories.delete(`${workspaceId}|${id}`));
  if (keptCategories.size > 8) keptCategories.delete(keptCategories.keys().next().value!);
  return read;
}

export async function overridesOf(
  db: Executor,
  workspaceId: string,
  schemeId: string,
): Promise<CategoryOverride[]> {
  const result = await db.execute<{ id: string; category: string; reason: string }>(sql`
    select organization_id as id, category, reason from category_overrides
     where workspace_id = ${workspaceId} and scheme_id = ${schemeId}`);
  return result.rows.map((row) => ({
    clientId: row.id,
    categoryKey: row.category,
    reason: row.reason,
  }));
}

/**
 * Keeps an override that is replaced or removed, with when it stood (until `endedAt`, the instant
 * on the firm's clock). One that stood no time at all was the category of no day: not kept.
 */
export async function keepEndedOverride(
  db: Pick<Db, 'insert'>,
  row: typeof categoryOverrides.$inferSelect,
  endedAt: Date,
) {
  if (row.createdAt.getTime() >= endedAt.getTime()) return;
  await db.insert(categoryOverrideHistory).values({
    workspaceId: row.workspaceId,
    schemeId: row.schemeId,
    organizationId: row.organizationId,
    category: row.category,
    reason: row.reason,
    userId: row.userId,
    setAt: row.createdAt,
    endedAt,
  });
}

/** Writes every client's category of a classification in one statement. */
export async function insertClientCategories(
  db: Executor,
  row: {
    workspaceId: string;
    classificationId: string;
    clientIds: readonly string[];
    categories: readonly (string | null)[];
    totals: ArrayLike<number>;
    maxima: ArrayLike<number>;
  },
) {
  await db.execute(sql`
    insert into client_categories
      (workspace_id, classification_id, organization_id, category, total, maximum)
    select ${row.workspaceId}, ${row.classificationId}, client, category, total, maximum
      from unnest(${sql.param([...row.clientIds])}::uuid[], ${sql.param([...row.categories])}::text[],
                  ${sql.param(Array.from(row.totals))}::bigint[],
                  ${sql.param(Array.from(row.maxima))}::bigint[]) as t(client, category, total, maximum)`);
}

/** A client's category in every classification of every scheme, newest first. */
export async function categoryHistory(db: Executor, workspaceId: string, organizationId: string) {
  const result = await db.execute<{
    classificationId: string;
    schemeId: string;
    category: string | null;
    total: number;
    maximum: number;
    createdAt: string;
    userName: string | null;
  }>(sql`
    select c.id as "classificationId", c.scheme_id as "schemeId", cc.category,
           cc.total::int as total, cc.maximum::int as maximum, u.name as "userName",
           to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
      from client_categories cc
      join classifications c on c.workspace_id = cc.workspace_id and c.id = cc.classification_id
      ${withUser}
     where cc.workspace_id = ${workspaceId} and cc.organization_id = ${organizationId}
     order by c.created_at desc, c.id desc`);
  return result.rows;
}

/**
 * The category each client holds now in a scheme: set by hand, else the last committed one;
 * clients without one, and categories the scheme no longer has, are left out. With `only`, just
 * those clients: a page of a list need not place every client of the firm.
 */
export async function currentCategories(
  db: Executor,
  workspaceId: string,
  scheme: SchemeRow,
  only?: readonly string[],
) {
  const [committed, overrides] = await Promise.all([
    latestCategories(db, workspaceId, scheme.id),
    overridesOf(db, workspaceId, scheme.id),
  ]);
  const keys = new Set(toScheme(scheme).scheme.categories.map((category) => category.key));
  const setByHand = new Map<string, string>();
  for (const override of overrides)
    if (keys.has(override.categoryKey)) setByHand.set(override.clientId, override.categoryKey);
  const current = new Map<string, string>();
  const place = (clientId: string, committed: string | null | undefined) => {
    const known = committed === undefined || committed === null || keys.has(committed);
    const category = categoryNow(known ? committed : null, setByHand.get(clientId));
    if (category !== null) current.set(clientId, category);
  };
  if (only) {
    for (const clientId of only)
      if (committed.has(clientId) || setByHand.has(clientId))
        place(clientId, committed.get(clientId));
    return current;
  }
  for (const [clientId, category] of committed) place(clientId, category);
  for (const clientId of setByHand.keys()) if (!committed.has(clientId)) place(clientId, undefined);
  return current;
}

/** Whether any client was ever given a category in the scheme, committed or by hand. */
export async function schemeHasCategories(db: Executor, workspaceId: string, schemeId: string) {
  const result = await db.execute<{ found: boolean }>(sql`
    select exists (select 1 from classifications
                    where workspace_id = ${workspaceId} and scheme_id = ${schemeId})
        or exists (select 1 from category_overrides
                    where workspace_id = ${workspaceId} and scheme_id = ${schemeId}) as found`);
  return result.rows[0]?.found === true;
}
