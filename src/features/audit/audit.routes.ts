import { z } from '@hono/zod-openapi';
import { and, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { activities, contacts, organizations, users } from '../../db/schema.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import type { AuditEntityType } from '../../kernel/audit.ts';
import { auditEntries } from './audit.repo.ts';
import { featureRouter } from '../../http/feature-router.ts';

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    at: z.string(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  })
  .openapi('AuditEntry');

const auditPageSchema = z
  .object({ items: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() })
  .openapi('AuditPage');

const entityTypes = ['organization', 'contact', 'user', 'activity'] as const;

const list = route('records.read', {
  method: 'get',
  path: '/audit/{entityType}/{id}',
  tags: ['Audit log'],
  summary: 'The change history of one record: who, when, what, before → after',
  request: {
    params: z.object({
      entityType: z.enum(entityTypes).openapi({ param: { name: 'entityType', in: 'path' } }),
      id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    }),
    query: z.object({
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: { 200: jsonResponse('Audit entries, newest first', auditPageSchema) },
});

const tables = {
  organization: organizations,
  contact: contacts,
  user: users,
  activity: activities,
} as const;

/** 404 for ids that are not a record of this workspace, so history never reveals other firms. */
async function assertExists(
  db: Db,
  workspaceId: string,
  entityType: (typeof entityTypes)[number],
  id: string,
) {
  const table = tables[entityType];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)));
  if (!row) throw notFound('Record');
}

export function auditRoutes({ db }: Deps) {
  return featureRouter().openapi(list, async (c) => {
    const { workspaceId } = authOf(c);
    const { entityType, id } = c.req.valid('param');
    const { before, limit } = c.req.valid('query');
    await assertExists(db, workspaceId, entityType, id);
    const rows = await auditEntries(db, {
      workspaceId,
      entityType: entityType as AuditEntityType,
      entityId: id,
      before,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const userIds = [...new Set(page.map((r) => r.userId).filter((u): u is string => Boolean(u)))];
    const names = userIds.length
      ? await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, userIds)))
      : [];
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return c.json(
      {
        items: page.map((r) => ({
          id: r.id,
          action: r.action,
          at: r.at.toISOString(),
          userId: r.userId,
          userName: r.userId ? (nameOf.get(r.userId) ?? null) : null,
          changes: r.changes as Record<string, [unknown, unknown]>,
        })),
        nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
      },
      200,
    );
  });
}
