// The norms a client is served by: the service concept of the category it holds now in the
// firm's primary scheme. A client without a category (a new client) is served by the default
// norms.
import { serviceConceptFor, type ServiceConcept } from '../../core/servicing/service-concept.ts';
import type { Db } from '../../db/connection.ts';
import { currentCategories } from '../choosing/classification.repo.ts';
import { schemeOrPrimary } from '../choosing/schemes.repo.ts';
import { conceptsOf } from './service-concepts.repo.ts';

export type ClientNorms = { category: string | null; concept: ServiceConcept };

/** A lookup of each client's category and norms, read once for a request. */
export async function clientNorms(
  db: Db,
  workspaceId: string,
): Promise<(organizationId: string) => ClientNorms> {
  const scheme = await schemeOrPrimary(db, workspaceId);
  if (!scheme) return () => ({ category: null, concept: serviceConceptFor([], '') });
  const [categories, concepts] = await Promise.all([
    currentCategories(db, workspaceId, scheme),
    conceptsOf(db, workspaceId, scheme.id),
  ]);
  return (organizationId) => {
    const category = categories.get(organizationId) ?? null;
    return { category, concept: serviceConceptFor(concepts, category ?? '') };
  };
}
