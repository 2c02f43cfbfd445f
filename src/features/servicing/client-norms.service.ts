// The norms a client is served by: the service concept of its category in the firm's primary
// scheme, the one it holds now or, for a request, the one it had on the day the request came in
// (decision 0027). A client without a category (a new client) is served by the default norms.
import { serviceConceptFor, type ServiceConcept } from '../../core/servicing/service-concept.ts';
import type { Db } from '../../db/connection.ts';
import {
  categoryTimeline,
  currentCategories,
  schemeOrPrimary,
} from '../choosing/categories.service.ts';
import { conceptsOf } from './service-concepts.repo.ts';

/** The category now, the one of the day asked and its norms (of now when no day is asked). */
export type ClientNorms = {
  category: string | null;
  categoryThen: string | null;
  concept: ServiceConcept;
};

/**
 * A lookup of each client's category and norms, read once for a request; with the days of the
 * requests it judges, it gives the norms of a day among them.
 */
export async function clientNorms(
  db: Db,
  workspaceId: string,
  days?: { from: string; to: string },
): Promise<(organizationId: string, day?: string) => ClientNorms> {
  const scheme = await schemeOrPrimary(db, workspaceId);
  if (!scheme)
    return () => ({ category: null, categoryThen: null, concept: serviceConceptFor([], '') });
  const [categories, concepts, timeline] = await Promise.all([
    currentCategories(db, workspaceId, scheme),
    conceptsOf(db, workspaceId, scheme.id),
    days ? categoryTimeline(db, workspaceId, scheme, days) : null,
  ]);
  return (organizationId, day) => {
    const category = categories.get(organizationId) ?? null;
    const then = day !== undefined && timeline ? timeline.on(organizationId, day) : category;
    return { category, categoryThen: then, concept: serviceConceptFor(concepts, then ?? '') };
  };
}

/** The days from the earliest to the latest of those given, to read the norms of. */
export function daysSpanning(first: string, others: readonly string[]) {
  let from = first;
  let to = first;
  for (const day of others) {
    if (day < from) from = day;
    if (day > to) to = day;
  }
  return { from, to };
}
