// The firm's category schemes (table category_schemes), scoped by workspace. A firm that never
// opened its schemes gets A/B/C on the weighted grade as its primary scheme on the first read.
import { and, asc, eq } from 'drizzle-orm';
import {
  presetScheme,
  type CategoryScheme,
  type PresetSchemeKey,
  type RankingMethod,
} from '../../core/choosing/index.ts';
import type { Db } from '../../db/connection.ts';
import { categorySchemes } from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';

type Executor = Pick<Db, 'select' | 'insert'>;

export type SchemeRow = typeof categorySchemes.$inferSelect;

/** What a scheme row keeps in its definition column. */
export type SchemeDefinition = Pick<CategoryScheme, 'categories'> & { method: RankingMethod };

/** The core's scheme and method for a row; the scheme's key is its preset or its id. */
export function toScheme(row: SchemeRow): { scheme: CategoryScheme; method: RankingMethod } {
  const definition = row.definition as SchemeDefinition;
  return {
    scheme: {
      key: row.preset ?? row.id,
      name: row.preset ? null : row.name,
      kind: row.kind as CategoryScheme['kind'],
      categories: definition.categories,
    },
    method: definition.method,
  };
}

export function presetRow(workspaceId: string, preset: PresetSchemeKey, isPrimary: boolean) {
  const scheme = presetScheme(preset);
  return {
    workspaceId,
    id: newId(),
    name: preset,
    preset,
    kind: scheme.kind,
    definition: {
      categories: scheme.categories,
      method: { kind: 'weightedGrade' },
    } satisfies SchemeDefinition,
    isPrimary,
  };
}

export async function schemesOf(db: Executor, workspaceId: string): Promise<SchemeRow[]> {
  const rows = await listSchemes(db, workspaceId);
  if (rows.length > 0) return rows;
  await db
    .insert(categorySchemes)
    .values(presetRow(workspaceId, 'abc', true))
    .onConflictDoNothing();
  return listSchemes(db, workspaceId);
}

function listSchemes(db: Executor, workspaceId: string) {
  return db
    .select()
    .from(categorySchemes)
    .where(eq(categorySchemes.workspaceId, workspaceId))
    .orderBy(asc(categorySchemes.createdAt), asc(categorySchemes.id));
}

export async function findScheme(db: Executor, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(categorySchemes)
    .where(and(eq(categorySchemes.workspaceId, workspaceId), eq(categorySchemes.id, id)));
  return row;
}

/** The scheme asked for, or the firm's primary one. */
export async function schemeOrPrimary(db: Executor, workspaceId: string, id?: string) {
  const rows = await schemesOf(db, workspaceId);
  const row = id ? rows.find((candidate) => candidate.id === id) : rows.find((r) => r.isPrimary);
  return row ?? (id ? undefined : rows[0]);
}
