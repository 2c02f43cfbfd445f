import { eq, sql } from 'drizzle-orm';
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { users, workspaces } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { checkPassword, hashPassword } from '../auth/auth.service.ts';
import { newId } from '../../kernel/ids.ts';
import { stripUndefined } from '../../core/objects.ts';
import { canonicalTimeZone } from '../../core/time-zone.ts';
import type { Workspace } from './workspace.schema.ts';
import type { z } from '@hono/zod-openapi';
import type { setupSchema, workspaceUpdateSchema } from './workspace.schema.ts';
import { refreshClientYears } from '../portfolio/client-years.service.ts';
import { seedPresetLostReasons } from '../lost-clients/lost-reasons.service.ts';
import type { Actor } from '../../kernel/actor.ts';

type WorkspaceRow = typeof workspaces.$inferSelect;

export function toWorkspace(row: WorkspaceRow): Workspace {
  return {
    id: row.workspaceId,
    name: row.name,
    currency: row.currency as Workspace['currency'],
    locale: row.locale as Workspace['locale'],
    fiscalYearStartMonth: row.fiscalYearStartMonth,
    timeZone: row.timeZone,
    dependencyThresholdBp: row.dependencyThresholdBp,
    abcBoundaryABp: row.abcBoundaryABp,
    abcBoundaryBBp: row.abcBoundaryBBp,
    giftValueLimitCents: row.giftValueLimitCents,
    satisfactionNorm: row.satisfactionNorm,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Setup is needed on an empty database, and for a firm a command made before anyone signed up
 * (`klandizie import` on a fresh data directory): its onboarding gives it a name and an owner.
 */
export async function setupNeeded(db: Pick<Db, 'select'>): Promise<boolean> {
  return (await ownerlessFirm(db)) !== undefined;
}

/** The firm that waits for its owner: `null` for an empty database, undefined when none waits. */
async function ownerlessFirm(db: Pick<Db, 'select'>): Promise<string | null | undefined> {
  const all = await db
    .select({
      workspaceId: workspaces.workspaceId,
      users:
        sql<number>`(select count(*) from users u where u.workspace_id = ${workspaces.workspaceId})`.mapWith(
          Number,
        ),
    })
    .from(workspaces)
    .limit(2);
  if (all.length === 0) return null;
  if (all.length === 1 && all[0]!.users === 0) return all[0]!.workspaceId;
  return undefined;
}

/** The firm a command works on when nobody set one up yet; made on first use. */
export async function firmForCommand(
  db: Db,
  name: string,
): Promise<{ workspaceId: string; created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242002)`);
    const all = await tx.select({ workspaceId: workspaces.workspaceId }).from(workspaces).limit(2);
    if (all.length === 1) return { workspaceId: all[0]!.workspaceId, created: false };
    if (all.length > 1) {
      throw new DomainError(
        'conflict',
        'This database holds several firms; name one with --workspace',
      );
    }
    const workspaceId = newId();
    const firm = { name: name.slice(0, 200) || 'Klandizie' };
    await tx.insert(workspaces).values({ workspaceId, ...firm });
    await seedPresetLostReasons(tx, workspaceId);
    await recordAudit(tx, {
      workspaceId,
      userId: undefined,
      entityType: 'workspace',
      entityId: workspaceId,
      action: 'create',
      before: undefined,
      after: firm,
    });
    return { workspaceId, created: true };
  });
}

/** Creates a firm and its owner; only on an empty database unless open signup is on. */
export async function createWorkspace(
  db: Db,
  input: z.infer<typeof setupSchema>,
  options: { openSignup: boolean },
): Promise<{ workspaceId: string; userId: string }> {
  checkPassword(input.owner.password, 'owner.password');
  const passwordHash = await hashPassword(input.owner.password);
  const firm = { ...input.firm, timeZone: inTimeZone(input.firm.timeZone) };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242002)`);
    const waiting = await ownerlessFirm(tx);
    if (!options.openSignup && waiting === undefined) {
      throw new DomainError('conflict', 'This Klandizie is set up already; sign in instead');
    }
    const userId = newId();
    const workspaceId = waiting ?? newId();
    if (waiting) {
      await tx.update(workspaces).set(firm).where(eq(workspaces.workspaceId, waiting));
      if (input.firm.fiscalYearStartMonth !== undefined) await refreshClientYears(tx, waiting);
    } else {
      await tx.insert(workspaces).values({ workspaceId, ...firm });
    }
    await seedPresetLostReasons(tx, workspaceId);
    await tx.insert(users).values({
      workspaceId,
      id: userId,
      email: input.owner.email,
      name: input.owner.name,
      role: 'owner',
      locale: input.firm.locale,
      passwordHash,
    });
    await recordAudit(tx, {
      workspaceId,
      userId,
      entityType: 'workspace',
      entityId: workspaceId,
      action: 'create',
      before: undefined,
      after: firm,
    });
    return { workspaceId, userId };
  });
}

/** A time zone as stored: in its canonical spelling; the default when none is given. */
function inTimeZone(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const canonical = canonicalTimeZone(name);
  if (canonical === undefined) throw invalidField('timeZone', 'is not a time zone');
  return canonical;
}

/** The firm's settings as stored: the one read of them for every feature. */
export async function firmSettings(db: Pick<Db, 'select'>, workspaceId: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.workspaceId, workspaceId));
  if (!row) throw notFound('Workspace');
  return row;
}

/** The month the firm's fiscal year starts in (1 = January). */
export async function fiscalYearStartOf(
  db: Pick<Db, 'select'>,
  workspaceId: string,
): Promise<number> {
  return (await firmSettings(db, workspaceId)).fiscalYearStartMonth;
}

export async function getWorkspace(db: Db, workspaceId: string): Promise<Workspace> {
  return toWorkspace(await firmSettings(db, workspaceId));
}

export async function updateWorkspace(
  db: Db,
  actor: Actor,
  input: z.infer<typeof workspaceUpdateSchema>,
): Promise<Workspace> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(workspaces)
      .where(eq(workspaces.workspaceId, actor.workspaceId))
      .for('update');
    if (!current) throw notFound('Workspace');
    const boundaryA = input.abcBoundaryABp ?? current.abcBoundaryABp;
    const boundaryB = input.abcBoundaryBBp ?? current.abcBoundaryBBp;
    if (boundaryA > boundaryB) {
      throw invalidField(
        input.abcBoundaryBBp !== undefined ? 'abcBoundaryBBp' : 'abcBoundaryABp',
        'the B boundary must not be below the A boundary',
      );
    }
    const changes = stripUndefined({ ...input, timeZone: inTimeZone(input.timeZone) });
    // nothing asked to change (`{}`): the firm as it is, and nothing to audit
    if (Object.keys(changes).length === 0) return toWorkspace(current);
    const [row] = await tx
      .update(workspaces)
      .set(changes)
      .where(eq(workspaces.workspaceId, actor.workspaceId))
      .returning();
    if (!row) throw notFound('Workspace');
    if (row.fiscalYearStartMonth !== current.fiscalYearStartMonth) {
      await refreshClientYears(tx, actor.workspaceId);
    }
    const { id: _a, createdAt: _b, ...before } = toWorkspace(current);
    const { id: _c, createdAt: _d, ...after } = toWorkspace(row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'workspace',
      entityId: actor.workspaceId,
      action: 'update',
      before,
      after,
    });
    return toWorkspace(row);
  });
}
