// Category schemes (method §3.3–3.4): the presets and the firm's own, each with its ranking
// method; one value scheme is the firm's primary one. Changes are checked by src/core/choosing.
import { and, eq } from 'drizzle-orm';
import {
  methodProblems,
  schemeProblems,
  throwIfProblems,
  type Category,
  type PresetSchemeKey,
  type RankingMethod,
  type SchemeKind,
} from '../../core/choosing/index.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import {
  categoryGoals,
  categoryOverrides,
  categoryOverrideHistory,
  categorySchemes,
  classifications,
  clientCategories,
  prospectProfiles,
  serviceConcepts,
} from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { activeCriteria, toCriterion } from './criteria.repo.ts';
import {
  findScheme,
  presetRow,
  schemesOf,
  toScheme,
  type SchemeDefinition,
  type SchemeRow,
} from './schemes.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type SchemeView = {
  id: string;
  name: string;
  preset: string | null;
  kind: SchemeKind;
  categories: Category[];
  method: RankingMethod;
  isPrimary: boolean;
};

export function toSchemeView(row: SchemeRow): SchemeView {
  const { scheme, method } = toScheme(row);
  return {
    id: row.id,
    name: row.name,
    preset: row.preset,
    kind: scheme.kind,
    categories: scheme.categories,
    method,
    isPrimary: row.isPrimary,
  };
}

export async function listSchemes(db: Db, workspaceId: string): Promise<SchemeView[]> {
  return (await schemesOf(db, workspaceId)).map(toSchemeView);
}

export async function getScheme(db: Db, workspaceId: string, id: string): Promise<SchemeView> {
  await schemesOf(db, workspaceId);
  const row = await findScheme(db, workspaceId, id);
  if (!row) throw notFound('Category scheme');
  return toSchemeView(row);
}

/** Checks a scheme and its method against the firm's active criteria. */
async function assertValidScheme(tx: Tx, workspaceId: string, row: SchemeRow) {
  const { scheme, method } = toScheme(row);
  const criteria = (await activeCriteria(tx, workspaceId)).map(toCriterion);
  throwIfProblems(
    [...schemeProblems(scheme), ...methodProblems({ criteria, scheme, method })],
    'category scheme',
  );
}

export type SchemeInput =
  | { preset: PresetSchemeKey; name?: string }
  | { name: string; kind: SchemeKind; categories: Category[]; method: RankingMethod };

const audited = (view: SchemeView) => ({
  name: view.name,
  kind: view.kind,
  categories: view.categories,
  method: view.method,
  isPrimary: view.isPrimary,
});

export async function createScheme(db: Db, actor: Actor, input: SchemeInput): Promise<SchemeView> {
  return db.transaction(async (tx) => {
    await schemesOf(tx, actor.workspaceId);
    const row: SchemeRow =
      'preset' in input
        ? {
            ...presetRow(actor.workspaceId, input.preset, false),
            ...(input.name ? { name: input.name, preset: null } : {}),
            createdAt: new Date(),
            updatedAt: new Date(),
          }
        : {
            workspaceId: actor.workspaceId,
            id: newId(),
            name: input.name,
            preset: null,
            kind: input.kind,
            definition: { categories: input.categories, method: input.method },
            isPrimary: false,
            createdAt: new Date(),
            updatedAt: new Date(),
          };
    await assertValidScheme(tx, actor.workspaceId, row);
    const [inserted] = await tx.insert(categorySchemes).values(row).returning();
    const view = toSchemeView(inserted!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: view.id,
      action: 'create',
      before: undefined,
      after: audited(view),
    });
    return view;
  });
}

export type SchemeChange = {
  name?: string;
  categories?: Category[];
  method?: RankingMethod;
};

/** Renames a scheme or changes its categories, boundaries or method; committed ones stay. */
export async function updateScheme(
  db: Db,
  actor: Actor,
  id: string,
  change: SchemeChange,
): Promise<SchemeView> {
  return db.transaction(async (tx) => {
    const before = await findScheme(tx, actor.workspaceId, id);
    if (!before) throw notFound('Category scheme');
    const definition = before.definition as SchemeDefinition;
    const after: SchemeRow = {
      ...before,
      name: change.name ?? before.name,
      // a preset renamed or reshaped becomes the firm's own
      preset: change.name !== undefined || change.categories !== undefined ? null : before.preset,
      definition: {
        categories: change.categories ?? definition.categories,
        method: change.method ?? definition.method,
      },
    };
    await assertValidScheme(tx, actor.workspaceId, after);
    const [row] = await tx
      .update(categorySchemes)
      .set({
        name: after.name,
        preset: after.preset,
        definition: after.definition,
        updatedAt: new Date(),
      })
      .where(and(eq(categorySchemes.workspaceId, actor.workspaceId), eq(categorySchemes.id, id)))
      .returning();
    const view = toSchemeView(row!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: id,
      action: 'update',
      before: audited(toSchemeView(before)),
      after: audited(view),
    });
    return view;
  });
}

/** Makes a value scheme the firm's primary one: the scheme pages and reports open with. */
export async function makePrimary(db: Db, actor: Actor, id: string): Promise<SchemeView> {
  return db.transaction(async (tx) => {
    const row = await findScheme(tx, actor.workspaceId, id);
    if (!row) throw notFound('Category scheme');
    if (row.kind !== 'value')
      throw new DomainError('conflict', 'Only a value scheme can be the primary one', undefined, {
        code: 'primary_scheme_value',
        params: {},
      });
    const ofFirm = eq(categorySchemes.workspaceId, actor.workspaceId);
    await tx.update(categorySchemes).set({ isPrimary: false }).where(ofFirm);
    const [updated] = await tx
      .update(categorySchemes)
      .set({ isPrimary: true, updatedAt: new Date() })
      .where(and(ofFirm, eq(categorySchemes.id, id)))
      .returning();
    const view = toSchemeView(updated!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: id,
      action: 'update',
      before: { isPrimary: row.isPrimary },
      after: { isPrimary: true },
    });
    return view;
  });
}

/** Removes a scheme that is not the primary one, with its classifications, overrides and goals. */
export async function deleteScheme(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findScheme(tx, actor.workspaceId, id);
    if (!row) throw notFound('Category scheme');
    if (row.isPrimary)
      throw new DomainError(
        'conflict',
        'The primary scheme cannot be removed: make another one primary first',
        undefined,
        { code: 'primary_scheme_kept', params: {} },
      );
    const ws = actor.workspaceId;
    const committed = await tx
      .select({ id: classifications.id })
      .from(classifications)
      .where(and(eq(classifications.workspaceId, ws), eq(classifications.schemeId, id)));
    for (const { id: classificationId } of committed)
      await tx
        .delete(clientCategories)
        .where(
          and(
            eq(clientCategories.workspaceId, ws),
            eq(clientCategories.classificationId, classificationId),
          ),
        );
    await tx
      .delete(classifications)
      .where(and(eq(classifications.workspaceId, ws), eq(classifications.schemeId, id)));
    await tx
      .delete(categoryOverrides)
      .where(and(eq(categoryOverrides.workspaceId, ws), eq(categoryOverrides.schemeId, id)));
    await tx
      .delete(categoryOverrideHistory)
      .where(
        and(eq(categoryOverrideHistory.workspaceId, ws), eq(categoryOverrideHistory.schemeId, id)),
      );
    await tx
      .delete(categoryGoals)
      .where(and(eq(categoryGoals.workspaceId, ws), eq(categoryGoals.schemeId, id)));
    await tx
      .delete(prospectProfiles)
      .where(and(eq(prospectProfiles.workspaceId, ws), eq(prospectProfiles.schemeId, id)));
    await tx
      .delete(serviceConcepts)
      .where(and(eq(serviceConcepts.workspaceId, ws), eq(serviceConcepts.schemeId, id)));
    await tx
      .delete(categorySchemes)
      .where(and(eq(categorySchemes.workspaceId, ws), eq(categorySchemes.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: id,
      action: 'delete',
      before: audited(toSchemeView(row)),
      after: undefined,
    });
  });
}
