// The norms follow a category's service concept: without categories, or without concepts, no
// norm can be judged, and the worklist, compliance and the weekly digest say which to set up
// first, each linking to the same page of the app.

export type SetUpFirst = 'categories' | 'serviceConcepts' | null;

/** Categories first, then service concepts; null once both are there. */
export function setUpFirst(firm: { categorised: boolean; conceptCount: number }): SetUpFirst {
  if (!firm.categorised) return 'categories';
  return firm.conceptCount === 0 ? 'serviceConcepts' : null;
}

/** The page of the app where the step is taken (the web's route; the digest links to it). */
export const setUpFirstPage = {
  categories: '/clients/scoring',
  serviceConcepts: '/clients/service',
} as const satisfies Record<NonNullable<SetUpFirst>, string>;
