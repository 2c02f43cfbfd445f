// The service concepts a firm set per category of a scheme (table service_concepts).
import { and, eq } from 'drizzle-orm';
import { withDefaultNorms, type ServiceConcept } from '../../core/servicing/service-concept.ts';
import type { Db } from '../../db/connection.ts';
import { serviceConcepts } from '../../db/schema.ts';

type Executor = Pick<Db, 'select' | 'insert' | 'delete'>;

/** A concept's norms as stored: everything but the category, which is the row's key. */
export type StoredNorms = Omit<ServiceConcept, 'categoryKey'>;

export async function conceptsOf(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  schemeId: string,
): Promise<ServiceConcept[]> {
  const rows = await db
    .select()
    .from(serviceConcepts)
    .where(
      and(eq(serviceConcepts.workspaceId, workspaceId), eq(serviceConcepts.schemeId, schemeId)),
    );
  // a concept stored before a norm existed is read with that norm's default
  return rows.map((row) =>
    withDefaultNorms({ ...(row.norms as StoredNorms), categoryKey: row.category }),
  );
}

export async function saveConcept(
  db: Executor,
  workspaceId: string,
  schemeId: string,
  concept: ServiceConcept,
): Promise<void> {
  const { categoryKey, ...norms } = concept;
  await db
    .insert(serviceConcepts)
    .values({ workspaceId, schemeId, category: categoryKey, norms })
    .onConflictDoUpdate({
      target: [serviceConcepts.workspaceId, serviceConcepts.schemeId, serviceConcepts.category],
      set: { norms, updatedAt: new Date() },
    });
}

/** Removes a category's concept; whether there was one. */
export async function removeConcept(
  db: Executor,
  workspaceId: string,
  schemeId: string,
  categoryKey: string,
): Promise<boolean> {
  const removed = await db
    .delete(serviceConcepts)
    .where(
      and(
        eq(serviceConcepts.workspaceId, workspaceId),
        eq(serviceConcepts.schemeId, schemeId),
        eq(serviceConcepts.category, categoryKey),
      ),
    )
    .returning({ category: serviceConcepts.category });
  return removed.length > 0;
}
