// The win-back policy per category of a scheme (method §8, decision 0037): the firm's own, or the
// default by the category's place in the scheme. The policy of the category a client had on the
// day it was lost is the one its loss follows.
import { and, eq } from 'drizzle-orm';
import { throwIfProblems } from '../../core/choosing/problems.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import {
  defaultWinBackPolicy,
  winBackPolicyProblems,
  type WinBackActor,
  type WinBackPolicy,
  type WinBackStep,
} from '../../core/winback/win-back-policy.ts';
import type { Db } from '../../db/connection.ts';
import { users, winBackPolicies } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  categoryTimeline,
  schemeOrPrimary,
  toScheme,
  type SchemeRow,
} from '../choosing/categories.service.ts';

type Reader = Pick<Db, 'select' | 'insert' | 'execute'>;

export type WinBackPolicyView = WinBackPolicy & {
  categoryKey: string;
  categoryName: string | null;
  /** false: the firm set none, this is the default. */
  set: boolean;
};

async function schemeOf(db: Reader, workspaceId: string, id: string): Promise<SchemeRow> {
  const row = await schemeOrPrimary(db, workspaceId, id);
  if (!row) throw notFound('Category scheme');
  return row;
}

async function storedPolicies(db: Pick<Db, 'select'>, workspaceId: string, schemeId: string) {
  const rows = await db
    .select()
    .from(winBackPolicies)
    .where(
      and(eq(winBackPolicies.workspaceId, workspaceId), eq(winBackPolicies.schemeId, schemeId)),
    );
  return new Map(
    rows.map((row) => [
      row.category,
      {
        actor: row.actor as WinBackActor,
        userId: row.userId,
        steps: row.steps as WinBackStep[],
      } satisfies WinBackPolicy,
    ]),
  );
}

function views(scheme: SchemeRow, stored: Map<string, WinBackPolicy>): WinBackPolicyView[] {
  return toScheme(scheme).scheme.categories.map((category, rank) => {
    const own = stored.get(category.key);
    return {
      ...(own ?? defaultWinBackPolicy(rank)),
      categoryKey: category.key,
      categoryName: category.name,
      set: own !== undefined,
    };
  });
}

/** One policy per category of the scheme, best first: the firm's, or the default. */
export async function listWinBackPolicies(db: Db, workspaceId: string, schemeId: string) {
  const scheme = await schemeOf(db, workspaceId, schemeId);
  return {
    schemeId,
    items: views(scheme, await storedPolicies(db, workspaceId, scheme.id)),
  };
}

function viewOf(views: WinBackPolicyView[], categoryKey: string): WinBackPolicyView {
  const view = views.find((candidate) => candidate.categoryKey === categoryKey);
  if (!view) throw notFound('Category');
  return view;
}

const audited = ({ categoryName: _n, categoryKey: _k, ...policy }: WinBackPolicyView) => policy;

export async function setWinBackPolicy(
  db: Db,
  actor: Actor,
  schemeId: string,
  categoryKey: string,
  input: WinBackPolicy,
): Promise<WinBackPolicyView> {
  return db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    const before = viewOf(
      views(scheme, await storedPolicies(tx, actor.workspaceId, schemeId)),
      categoryKey,
    );
    const policy: WinBackPolicy = {
      actor: input.actor,
      userId: input.userId,
      steps: input.steps.map((step) => ({ ...step, subject: step.subject.trim() })),
    };
    throwIfProblems(winBackPolicyProblems(policy), 'win-back policy');
    if (policy.userId) {
      const [user] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, policy.userId)));
      if (!user) throw invalidField('userId', 'is not a professional of this firm');
    }
    await tx
      .insert(winBackPolicies)
      .values({ workspaceId: actor.workspaceId, schemeId, category: categoryKey, ...policy })
      .onConflictDoUpdate({
        target: [winBackPolicies.workspaceId, winBackPolicies.schemeId, winBackPolicies.category],
        set: { ...policy, updatedAt: new Date() },
      });
    const after: WinBackPolicyView = { ...before, ...policy, set: true };
    await recordAudit(tx, {
      ...actor,
      entityType: 'win_back_policy',
      entityId: schemeId,
      action: 'update',
      before: { [categoryKey]: audited(before) },
      after: { [categoryKey]: audited(after) },
    });
    return after;
  });
}

/** Back to the default policy of the category. */
export async function resetWinBackPolicy(
  db: Db,
  actor: Actor,
  schemeId: string,
  categoryKey: string,
): Promise<WinBackPolicyView> {
  return db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    const all = views(scheme, await storedPolicies(tx, actor.workspaceId, schemeId));
    const before = viewOf(all, categoryKey);
    await tx
      .delete(winBackPolicies)
      .where(
        and(
          eq(winBackPolicies.workspaceId, actor.workspaceId),
          eq(winBackPolicies.schemeId, schemeId),
          eq(winBackPolicies.category, categoryKey),
        ),
      );
    const after = viewOf(views(scheme, new Map()), categoryKey);
    await recordAudit(tx, {
      ...actor,
      entityType: 'win_back_policy',
      entityId: schemeId,
      action: 'update',
      before: { [categoryKey]: audited(before) },
      after: { [categoryKey]: audited(after) },
    });
    return after;
  });
}

/**
 * The category a client had on a day in the firm's primary scheme (decision 0027), and the
 * win-back policy of that category; no policy when it had no category.
 */
export async function winBackPolicyOn(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  day: string,
): Promise<{ category: string | null; policy: WinBackPolicy | null }> {
  const scheme = await schemeOrPrimary(db, workspaceId);
  if (!scheme) return { category: null, policy: null };
  const timeline = await categoryTimeline(db, workspaceId, scheme, {
    from: day,
    to: day,
    clientIds: [organizationId],
  });
  const category = timeline.on(organizationId, day);
  if (!category) return { category: null, policy: null };
  const all = views(scheme, await storedPolicies(db, workspaceId, scheme.id));
  const view = all.find((candidate) => candidate.categoryKey === category);
  return { category, policy: view ?? null };
}
