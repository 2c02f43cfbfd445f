// Use cases for organisations: list, read, create, edit, archive, restore; every change audited.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import { stripUndefined } from '../../core/objects.ts';
import { clientUntilAfter, type OrganizationStatus } from '../../core/organization.ts';
import { searchKey } from '../../core/search-key.ts';
import type { Db } from '../../db/connection.ts';
import { pgConstraint, pgErrorCode, uniqueViolation } from '../../db/errors.ts';
import { contacts, organizations, users } from '../../db/schema.ts';
import { fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import { firmDayOf, firmToday, type Clock } from '../../http/today.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { currentCategories, schemeOrPrimary } from '../choosing/categories.service.ts';
import {
  countOrganizations,
  findOrganization,
  findOrganizationForUpdate,
  listOrganizations,
  type OrganizationFilter,
  type OrganizationRow,
  type OrganizationSort,
} from './organizations.repo.ts';
import type {
  Organization,
  OrganizationCreate,
  OrganizationUpdate,
} from './organizations.schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';

// What other features read of an organisation (the row as it is, or locked for their change).
export { findOrganization, findOrganizationForUpdate } from './organizations.repo.ts';

/** The one mapper from a database row to the API's organisation. */
export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    legalName: row.legalName,
    kvkNumber: row.kvkNumber,
    sector: row.sector,
    sizeClass: row.sizeClass,
    city: row.city,
    region: row.region,
    website: row.website,
    status: row.status as Organization['status'],
    relationLevel: row.relationLevel as Organization['relationLevel'],
    relationshipManagerId: row.relationshipManagerId,
    secondProfessionalId: row.secondProfessionalId,
    clientSince: row.clientSince,
    clientUntil: row.clientUntil,
    referredByOrganizationId: row.referredByOrganizationId,
    referredByContactId: row.referredByContactId,
    notes: row.notes,
    customerCode: row.customerCode,
    oneOff: row.oneOff,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const encodeCursor = (values: string[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string | undefined): string[] | undefined {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // the last value is always the id that breaks ties
    if (
      Array.isArray(values) &&
      values.length > 0 &&
      values.every((v) => typeof v === 'string') &&
      uuidPattern.test(String(values[values.length - 1]))
    )
      return values as string[];
  } catch {
    // fall through
  }
  throw invalidField('cursor', 'is not a cursor this list gave out');
}

/**
 * The day a client's norms count from (decision 0031), as text in SQL for the organisation
 * aliased `o`: its recorded client since, else the firm's day it was entered on.
 */
export const clientStartOf = sql`coalesce(o.client_since::text, ${firmDayOf(sql`o.created_at`, sql`o.workspace_id`)})`;

/**
 * Whether the organisation aliased `o` was a client on some day from `day` on, in SQL: a client
 * now, or a former client whose last day as one was not before it (decision 0032). A former
 * client of whom that day is not known is not counted, as before.
 */
export const clientOnOrAfter = (day: SQL) =>
  sql`(o.status = 'client' or (o.status = 'former' and o.client_until >= ${day}))`;

/** The last fiscal year that has ended on the firm's day: the year the list shows revenue of. */
async function lastCompleteFiscalYear(db: Db, workspaceId: string, clock?: Clock) {
  const [today, startMonth] = await Promise.all([
    firmToday(db, workspaceId, clock),
    fiscalYearStartOf(db, workspaceId),
  ]);
  return fiscalYearOf(today, startMonth) - 1;
}

/**
 * Each client's category now in the primary scheme, by the one rule (currentCategories): of every
 * client, or of `only` those.
 */
async function categoriesNow(
  db: Db,
  workspaceId: string,
  only?: readonly string[],
): Promise<Map<string, string>> {
  const scheme = await schemeOrPrimary(db, workspaceId);
  return scheme ? currentCategories(db, workspaceId, scheme, only) : new Map();
}

export async function pageOfOrganizations(
  db: Db,
  args: {
    workspaceId: string;
    filter: Omit<OrganizationFilter, 'ids'> & { category?: string | undefined };
    sort: OrganizationSort;
    limit: number;
    cursor?: string | undefined;
    withTotal: boolean;
    clock?: Clock | undefined;
  },
) {
  const { category, ...rest } = args.filter;
  // only a filter on the category needs every client's; a page names its own rows' afterwards
  const [fiscalYear, everyCategory] = await Promise.all([
    lastCompleteFiscalYear(db, args.workspaceId, args.clock),
    category === undefined ? undefined : categoriesNow(db, args.workspaceId),
  ]);
  const filter: OrganizationFilter = {
    ...rest,
    ids: everyCategory && [...everyCategory].flatMap(([id, key]) => (key === category ? [id] : [])),
  };
  const [rows, total] = await Promise.all([
    listOrganizations(db, {
      ...args,
      filter,
      fiscalYear,
      limit: args.limit + 1,
      after: decodeCursor(args.cursor),
    }),
    args.withTotal ? countOrganizations(db, args.workspaceId, filter) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  const categories =
    everyCategory ??
    (await categoriesNow(
      db,
      args.workspaceId,
      page.map((r) => r.row.id),
    ));
  return {
    items: page.map((r) => ({
      ...toOrganization(r.row),
      category: categories.get(r.row.id) ?? null,
      revenueCents: r.revenueCents ?? 0,
    })),
    fiscalYear,
    nextCursor: rows.length > args.limit && last ? encodeCursor(last.sortValues) : null,
    total,
  };
}

export async function getOrganization(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Organization> {
  const row = await findOrganization(db, workspaceId, id);
  if (!row) throw notFound('Organisation');
  return toOrganization(row);
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Users and referrers named on an organisation must exist in the same workspace. */
async function checkReferences(
  tx: Tx,
  workspaceId: string,
  input: OrganizationUpdate,
  selfId?: string,
) {
  for (const field of ['relationshipManagerId', 'secondProfessionalId'] as const) {
    const id = input[field];
    if (!id) continue;
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
    if (!user) throw invalidField(field, 'is not a professional of this firm');
  }
  if (input.referredByOrganizationId) {
    if (input.referredByOrganizationId === selfId)
      throw invalidField('referredByOrganizationId', 'cannot be the organisation itself');
    const found = await findOrganization(tx, workspaceId, input.referredByOrganizationId);
    if (!found)
      throw invalidField('referredByOrganizationId', 'is not an organisation of this firm');
  }
  if (input.referredByContactId) {
    const [contact] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(
        and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, input.referredByContactId)),
      );
    if (!contact) throw invalidField('referredByContactId', 'is not a contact person of this firm');
  }
}

function keys(input: {
  name: string;
  legalName?: string | null;
  city?: string | null;
  kvkNumber?: string | null;
  customerCode?: string | null;
}) {
  return {
    nameKey: searchKey(input.name),
    searchKey: searchKey(
      input.name,
      input.legalName,
      input.city,
      input.kvkNumber,
      input.customerCode,
    ),
  };
}

function uniqueConflict(error: unknown): never {
  if (pgErrorCode(error) === uniqueViolation) {
    if (pgConstraint(error) === 'organizations_customer_code_key') {
      throw new DomainError('conflict', 'Another organisation has this customer code', [
        { field: 'customerCode', message: 'is already used by another organisation' },
      ]);
    }
    throw new DomainError('conflict', 'Another organisation has this KvK number', [
      { field: 'kvkNumber', message: 'is already used by another organisation' },
    ]);
  }
  throw error;
}

/** A client's last day is not before its first. */
function checkClientSpan(span: { clientSince?: string | null; clientUntil?: string | null }) {
  if (span.clientSince && span.clientUntil && span.clientUntil < span.clientSince)
    throw invalidField(
      'clientUntil',
      `cannot be before the client since date (${span.clientSince})`,
    );
}

export async function createOrganization(
  db: Db,
  actor: Actor,
  input: OrganizationCreate,
  /** The instant on the firm's clock: a client without a client since counts from its day. */
  at: Date,
): Promise<Organization> {
  return db
    .transaction(async (tx) => {
      await checkReferences(tx, actor.workspaceId, input);
      checkClientSpan(input);
      const [row] = await tx
        .insert(organizations)
        .values({
          ...input,
          workspaceId: actor.workspaceId,
          id: newId(),
          ...keys(input),
          // only a former client has a last day as one; given, or not known
          clientUntil: input.status === 'former' ? (input.clientUntil ?? null) : null,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      const organization = toOrganization(row);
      await recordAudit(tx, {
        ...actor,
        entityType: 'organization',
        entityId: row.id,
        action: 'create',
        before: undefined,
        after: auditable(organization),
      });
      return organization;
    })
    .catch(uniqueConflict);
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganizationUpdate,
  /** The firm's day: a client that becomes a former client was one until it. */
  today: string,
): Promise<Organization> {
  return db
    .transaction(async (tx) => {
      const current = await findOrganizationForUpdate(tx, actor.workspaceId, id);
      if (!current) throw notFound('Organisation');
      await checkReferences(tx, actor.workspaceId, input, id);
      const clientUntil = clientUntilAfter(
        { status: current.status as OrganizationStatus, clientUntil: current.clientUntil },
        input,
        today,
      );
      const merged = { ...current, ...stripUndefined(input), clientUntil };
      checkClientSpan(merged);
      const [row] = await tx
        .update(organizations)
        .set({ ...stripUndefined(input), clientUntil, ...keys(merged), updatedAt: sql`now()` })
        .where(and(eq(organizations.workspaceId, actor.workspaceId), eq(organizations.id, id)))
        .returning();
      if (!row) throw notFound('Organisation');
      const organization = toOrganization(row);
      await recordAudit(tx, {
        ...actor,
        entityType: 'organization',
        entityId: id,
        action: 'update',
        before: auditable(toOrganization(current)),
        after: auditable(organization),
      });
      return organization;
    })
    .catch(uniqueConflict);
}

/**
 * Makes an organisation a former client until a day, or a client again, inside the caller's
 * transaction: a loss and a win-back (method §8) change the status together with their own
 * record. Audited as an update of the organisation.
 */
export async function setClientStatus(
  tx: Tx,
  actor: Actor,
  id: string,
  change: { status: 'client'; clientUntil: null } | { status: 'former'; clientUntil: string },
): Promise<Organization> {
  const current = await findOrganizationForUpdate(tx, actor.workspaceId, id);
  if (!current) throw notFound('Organisation');
  const [row] = await tx
    .update(organizations)
    .set({ ...change, updatedAt: sql`now()` })
    .where(and(eq(organizations.workspaceId, actor.workspaceId), eq(organizations.id, id)))
    .returning();
  if (!row) throw notFound('Organisation');
  const organization = toOrganization(row);
  await recordAudit(tx, {
    ...actor,
    entityType: 'organization',
    entityId: id,
    action: 'update',
    before: auditable(toOrganization(current)),
    after: auditable(organization),
  });
  return organization;
}

export async function setArchived(
  db: Db,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<Organization> {
  return db
    .transaction(async (tx) => {
      const current = await findOrganizationForUpdate(tx, actor.workspaceId, id);
      if (!current) throw notFound('Organisation');
      if (Boolean(current.archivedAt) === archived) return toOrganization(current);
      const [row] = await tx
        .update(organizations)
        .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
        .where(and(eq(organizations.workspaceId, actor.workspaceId), eq(organizations.id, id)))
        .returning();
      if (!row) throw notFound('Organisation');
      const organization = toOrganization(row);
      await recordAudit(tx, {
        ...actor,
        entityType: 'organization',
        entityId: id,
        action: archived ? 'archive' : 'restore',
        before: { archivedAt: toOrganization(current).archivedAt },
        after: { archivedAt: organization.archivedAt },
      });
      return organization;
    })
    .catch(uniqueConflict);
}

function auditable(organization: Organization): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, id: _i, ...fields } = organization;
  return fields;
}
