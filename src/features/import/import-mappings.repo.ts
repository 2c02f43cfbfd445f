// How a source's columns are read, remembered per firm by the source's header row, so the next
// export of the same package needs no mapping.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { importMappings } from '../../db/schema.ts';
import type { ReadingChoices } from './revenue-source.ts';

/** What a file holds: revenue and assignments exports are remembered apart. */
export type MappingKind = 'revenue' | 'assignments';

export async function rememberedMapping(
  db: Db,
  workspaceId: string,
  sourceKey: string,
  kind: MappingKind = 'revenue',
): Promise<Partial<ReadingChoices> | undefined> {
  const [row] = await db
    .select()
    .from(importMappings)
    .where(
      and(
        eq(importMappings.workspaceId, workspaceId),
        eq(importMappings.kind, kind),
        eq(importMappings.sourceKey, sourceKey),
      ),
    );
  if (!row) return undefined;
  return { ...(row.options as object), mapping: row.mapping as ReadingChoices['mapping'] };
}

export async function rememberMapping(
  db: Db,
  workspaceId: string,
  sourceKey: string,
  choices: Pick<ReadingChoices, 'mapping' | 'headerRowNumber'> & Record<string, unknown>,
  kind: MappingKind = 'revenue',
): Promise<void> {
  const { mapping, headerRowNumber: _header, ...options } = choices;
  await db
    .insert(importMappings)
    .values({ workspaceId, kind, sourceKey, mapping, options })
    .onConflictDoUpdate({
      target: [importMappings.workspaceId, importMappings.kind, importMappings.sourceKey],
      set: { mapping, options, updatedAt: sql`now()` },
    });
}
