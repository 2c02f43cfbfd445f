// The norms follow a category's service concept: without categories, or without concepts, no
// norm can be judged, and the worklist and compliance say which to set up first.

export type SetUpFirst = 'categories' | 'serviceConcepts' | null;

/** Categories first, then service concepts; null once both are there. */
export function setUpFirst(firm: { categorised: boolean; conceptCount: number }): SetUpFirst {
  if (!firm.categorised) return 'categories';
  return firm.conceptCount === 0 ? 'serviceConcepts' : null;
}
