// Reading the audit trail back, a page at a time; entries are written with the kernel's recordAudit.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';
import type { AuditEntityType } from '../../kernel/audit.ts';

export async function auditEntries(
  db: Db,
  args: {
    workspaceId: string;
    entityType: AuditEntityType;
    entityId: string;
    before?: number;
    limit: number;
  },
) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.workspaceId, args.workspaceId),
        eq(auditLog.entityType, args.entityType),
        eq(auditLog.entityId, args.entityId),
        args.before ? lt(auditLog.id, args.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(args.limit);
}
