// Kinds of value beside the ordinal category (method §3.4): a client's value tags, replaced as a
// whole and audited on the client, and the firm's tags in use for suggestions.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import {
  normalizeValueTags,
  throwIfProblems,
  valueTagProblems,
} from '../../core/choosing/index.ts';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { valueTags } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  findOrganization,
  findOrganizationForUpdate,
} from '../organizations/organizations.service.ts';
import type { Actor } from '../../kernel/actor.ts';

async function tagsOf(db: Pick<Db, 'select'>, workspaceId: string, organizationId: string) {
  const rows = await db
    .select({ tag: valueTags.tag })
    .from(valueTags)
    .where(
      and(eq(valueTags.workspaceId, workspaceId), eq(valueTags.organizationId, organizationId)),
    )
    .orderBy(asc(sql`lower(${valueTags.tag})`), asc(valueTags.tag));
  return rows.map((row) => row.tag);
}

/** A client's value tags, alphabetically. */
export async function clientValueTags(db: Db, workspaceId: string, organizationId: string) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  return tagsOf(db, workspaceId, organizationId);
}

/** Replaces a client's value tags with these, trimmed and without repeats; audited. */
export async function setClientValueTags(
  db: Db,
  actor: Actor,
  organizationId: string,
  tags: readonly string[],
) {
  throwIfProblems(valueTagProblems(tags), 'tags');
  const wanted = normalizeValueTags(tags);
  return db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganizationForUpdate(tx, ws, organizationId))) throw notFound('Organisation');
    const before = await tagsOf(tx, ws, organizationId);
    await tx
      .delete(valueTags)
      .where(and(eq(valueTags.workspaceId, ws), eq(valueTags.organizationId, organizationId)));
    if (wanted.length > 0)
      await tx
        .insert(valueTags)
        .values(wanted.map((tag) => ({ workspaceId: ws, organizationId, tag })));
    const after = await tagsOf(tx, ws, organizationId);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: { valueTags: before },
      after: { valueTags: after },
    });
    return after;
  });
}

/** The firm's tags in use, each with the number of clients that carry it, most used first. */
export async function firmValueTags(db: Db, workspaceId: string) {
  const clients = count();
  const rows = await db
    .select({ tag: valueTags.tag, count: clients })
    .from(valueTags)
    .where(eq(valueTags.workspaceId, workspaceId))
    .groupBy(valueTags.tag)
    .orderBy(sql`count(*) desc`, asc(sql`lower(${valueTags.tag})`));
  return rows.map((row) => ({ tag: row.tag, count: Number(row.count) }));
}
