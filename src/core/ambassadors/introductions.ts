// Bring ambassadors in contact with promising prospects (method.md §10): the prospects that fit
// the ideal profile (prospectFit of src/core/choosing, not a second measure), each matched to the
// ambassadors in its sector, or in its region when its sector is not known.

/** A prospect fits well enough to introduce from a fit of 50: half the traits compared or more. */
export const introductionMinimumFit = 50;

/** At most this many ambassadors are suggested per prospect: those that brought the most first. */
export const ambassadorsPerProspect = 3;

export type IntroductionProspect = {
  id: string;
  sector: string | null;
  region: string | null;
  /** prospectFit's fit, 0–100; null when nothing could be compared. */
  fit: number | null;
};

export type IntroductionAmbassador = {
  organizationId: string;
  sector: string | null;
  region: string | null;
};

export type Introduction = {
  prospectId: string;
  ambassadorOrganizationId: string;
  fit: number;
  /** Why this ambassador: the same sector, or the same region when the prospect's sector is unknown. */
  basis: 'sector' | 'region';
  value: string;
};

/**
 * Suggested introductions: every prospect with a fit of at least 50, paired with up to three
 * ambassadors that share its sector (or its region when its sector is unknown), in the order the
 * ambassadors are given (pass them those that brought the most first); best fit first.
 */
export function suggestedIntroductions(
  prospects: readonly IntroductionProspect[],
  ambassadorList: readonly IntroductionAmbassador[],
): Introduction[] {
  const suggestions: Introduction[] = [];
  const fitting = prospects
    .filter((prospect) => prospect.fit !== null && prospect.fit >= introductionMinimumFit)
    .sort((a, b) => (b.fit ?? 0) - (a.fit ?? 0));
  for (const prospect of fitting) {
    const basis = prospect.sector !== null ? 'sector' : 'region';
    const value = prospect[basis];
    if (value === null) continue;
    const matching = ambassadorList
      .filter((ambassador) => ambassador[basis] === value)
      .slice(0, ambassadorsPerProspect);
    for (const ambassador of matching)
      suggestions.push({
        prospectId: prospect.id,
        ambassadorOrganizationId: ambassador.organizationId,
        fit: prospect.fit ?? 0,
        basis,
        value,
      });
  }
  return suggestions;
}
