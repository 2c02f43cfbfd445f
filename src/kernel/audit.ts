// Every change to a record is audited in the same transaction that made it, by every feature:
// the writing of one entry is part of the shared kernel; the audit feature reads them back.
import { auditChanges } from '../core/audit-changes.ts';
import type { Db } from '../db/connection.ts';
import { auditLog } from '../db/schema.ts';

export type AuditEntityType =
  | 'organization'
  | 'contact'
  | 'user'
  | 'workspace'
  | 'api_token'
  | 'invitation'
  | 'import'
  | 'criterion'
  | 'category_scheme'
  | 'category_goal'
  | 'activity'
  | 'calendar_feed'
  | 'weekly_digest'
  | 'lost_reason'
  | 'client_loss'
  | 'win_back_policy'
  | 'marketing_spend';
export type AuditAction =
  | 'create'
  | 'update'
  | 'archive'
  | 'restore'
  | 'end'
  | 'revoke'
  | 'disable'
  | 'enable'
  /** A decision recorded at the annual review; earlier decisions stay as they were. */
  | 'decide'
  | 'delete'
  /** A client's score on a criterion, by one professional or as agreed. */
  | 'score'
  /** A classification committed; a client's category set or cleared by hand. */
  | 'classify'
  | 'override';

/** Writes one audit entry; call it inside the transaction that made the change. */
export async function recordAudit(
  tx: Pick<Db, 'insert'>,
  entry: {
    workspaceId: string;
    entityType: AuditEntityType;
    entityId: string;
    action: AuditAction;
    userId: string | undefined;
    before: Record<string, unknown> | undefined;
    after: Record<string, unknown> | undefined;
  },
): Promise<void> {
  const changes = auditChanges(entry.before, entry.after);
  if (entry.action === 'update' && Object.keys(changes).length === 0) return;
  await tx.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    userId: entry.userId ?? null,
    changes,
  });
}
