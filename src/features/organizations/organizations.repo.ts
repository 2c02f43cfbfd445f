// Typed queries for organisations; every one is scoped by workspace.
import { and, asc, desc, eq, isNotNull, isNull, like, sql, type SQL } from 'drizzle-orm';
import { likePattern } from '../../core/search-key.ts';
import type { Db } from '../../db/connection.ts';
import { clientYears, organizations } from '../../db/schema.ts';
import type { organizationSorts } from './organizations.schema.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationSort = (typeof organizationSorts)[number];

export type OrganizationFilter = {
  q?: string | undefined;
  status?: string | undefined;
  relationLevel?: string | undefined;
  relationshipManagerId?: string | undefined;
  sector?: string | undefined;
  archived: 'exclude' | 'include' | 'only';
  /** Only these organisations (the clients of a category, read by the service). */
  ids?: readonly string[] | undefined;
};

const t = organizations;
const cy = clientYears;
/** Revenue of the year the list shows (no row: nothing invoiced that year). */
const revenue = sql`coalesce(${cy.revenueCents}, 0)`;

/** Sort expressions per sort option; the id always breaks ties so paging is stable. */
const sortKeys: Record<OrganizationSort, { keys: SQL[]; descending: boolean }> = {
  name: { keys: [sql`${t.nameKey}`], descending: false },
  '-name': { keys: [sql`${t.nameKey}`], descending: true },
  city: { keys: [sql`coalesce(lower(${t.city}), '')`, sql`${t.nameKey}`], descending: false },
  '-city': { keys: [sql`coalesce(lower(${t.city}), '')`, sql`${t.nameKey}`], descending: true },
  status: { keys: [sql`${t.status}`, sql`${t.nameKey}`], descending: false },
  clientSince: {
    keys: [sql`coalesce(${t.clientSince}, '0001-01-01'::date)::text`, sql`${t.nameKey}`],
    descending: false,
  },
  '-clientSince': {
    keys: [sql`coalesce(${t.clientSince}, '0001-01-01'::date)::text`, sql`${t.nameKey}`],
    descending: true,
  },
  revenue: { keys: [revenue, sql`${t.nameKey}`], descending: false },
  '-revenue': { keys: [revenue, sql`${t.nameKey}`], descending: true },
  '-createdAt': {
    keys: [sql`to_char(${t.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`],
    descending: true,
  },
};

function filterConditions(workspaceId: string, filter: OrganizationFilter): SQL | undefined {
  const words = (filter.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  return and(
    eq(t.workspaceId, workspaceId),
    filter.archived === 'exclude' ? isNull(t.archivedAt) : undefined,
    filter.archived === 'only' ? isNotNull(t.archivedAt) : undefined,
    filter.status ? eq(t.status, filter.status) : undefined,
    filter.relationLevel ? eq(t.relationLevel, filter.relationLevel) : undefined,
    filter.relationshipManagerId
      ? eq(t.relationshipManagerId, filter.relationshipManagerId)
      : undefined,
    filter.sector ? eq(t.sector, filter.sector) : undefined,
    filter.ids ? sql`${t.id} = any(${sql.param([...filter.ids])}::uuid[])` : undefined,
    ...words.map((word) => like(t.searchKey, likePattern(word))),
  );
}

export async function listOrganizations(
  db: Db,
  args: {
    workspaceId: string;
    filter: OrganizationFilter;
    sort: OrganizationSort;
    limit: number;
    after?: string[] | undefined;
    /** The fiscal year whose revenue is shown and sorted on. */
    fiscalYear: number;
  },
): Promise<{ row: OrganizationRow; revenueCents: number | null; sortValues: string[] }[]> {
  const spec = sortKeys[args.sort];
  // the id breaks ties as a uuid, so the (workspace, name, id) index gives the order directly
  const keys = [...spec.keys, sql`${t.id}`];
  const after =
    args.after && args.after.length === keys.length
      ? sql`(${sql.join(keys, sql`, `)}) ${spec.descending ? sql`<` : sql`>`} (${sql.join(
          args.after.map((value, index) =>
            index === keys.length - 1 ? sql`${value}::uuid` : sql`${value}`,
          ),
          sql`, `,
        )})`
      : undefined;
  return (
    db
      .select({
        row: t,
        revenueCents: cy.revenueCents,
        sortValues: sql<string[]>`array[${sql.join(
          keys.map((k) => sql`(${k})::text`),
          sql`, `,
        )}]`,
      })
      .from(t)
      // one row per organisation at most: the key is (workspace, organisation, year)
      .leftJoin(
        cy,
        and(
          eq(cy.workspaceId, t.workspaceId),
          eq(cy.organizationId, t.id),
          eq(cy.fiscalYear, args.fiscalYear),
        ),
      )
      .where(and(filterConditions(args.workspaceId, args.filter), after))
      .orderBy(...keys.map((key) => (spec.descending ? desc(key) : asc(key))))
      .limit(args.limit)
  );
}

export async function countOrganizations(
  db: Db,
  workspaceId: string,
  filter: OrganizationFilter,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(t)
    .where(filterConditions(workspaceId, filter));
  return row?.count ?? 0;
}

export async function findOrganization(db: Pick<Db, 'select'>, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.id, id)));
  return row;
}

export async function findOrganizationForUpdate(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  id: string,
) {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.id, id)))
    .for('update');
  return row;
}
