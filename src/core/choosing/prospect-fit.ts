// The ideal prospect (prospectprofiel, method.md §3.7): what the top clients have in common, and
// how well a prospect fits it. Kept simple enough to explain in one sentence: "matches 3 of the
// 4 traits the A-clients share".
import {
  assertBasisPoints,
  basisPointsRoundedDown,
  compareWithBasisPoints,
} from '../portfolio/basis-points.ts';

export const profileTraits = ['sector', 'sizeClass', 'region', 'services'] as const;
export type ProfileTrait = (typeof profileTraits)[number];

/** An organisation's traits: null when not known; services bought (clients) or needed (prospects). */
export type OrganisationTraits = {
  sector: string | null;
  sizeClass: string | null;
  region: string | null;
  services: readonly string[];
};

/** A value many top clients share, with how many and their share (rounded down). */
export type ProfileValue = { value: string; clients: number; shareBasisPoints: number };

export type IdealProfile = {
  /** How many top clients the profile was drawn from. */
  clients: number;
  /** Per trait the values at least the minimum share of top clients have, most common first. */
  sector: ProfileValue[];
  sizeClass: ProfileValue[];
  region: ProfileValue[];
  services: ProfileValue[];
};

/** A value belongs to the profile when at least this share of the top clients has it: 20%. */
export const defaultMinimumShareBasisPoints = 2000;

/**
 * The ideal profile drawn from the top clients (e.g. the A-clients): per trait the values shared
 * by at least the minimum share of them, counted over all of them (an unknown value counts in
 * the total). Values are compared exactly as given, so pass codes rather than free text.
 */
export function idealProfile(
  topClients: readonly OrganisationTraits[],
  minimumShareBasisPoints = defaultMinimumShareBasisPoints,
): IdealProfile {
  assertBasisPoints(minimumShareBasisPoints, 'minimumShareBasisPoints');
  const total = topClients.length;
  const common = (values: (string | null)[]): ProfileValue[] => {
    const counts = new Map<string, number>();
    for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts]
      .filter(([, clients]) => compareWithBasisPoints(clients, total, minimumShareBasisPoints) >= 0)
      .map(([value, clients]) => ({
        value,
        clients,
        shareBasisPoints: basisPointsRoundedDown(clients, total),
      }))
      .sort(
        (a, b) => b.clients - a.clients || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
      );
  };
  return {
    clients: total,
    sector: common(topClients.map((client) => client.sector)),
    sizeClass: common(topClients.map((client) => client.sizeClass)),
    region: common(topClients.map((client) => client.region)),
    services: common(topClients.flatMap((client) => [...new Set(client.services)])),
  };
}

/**
 * matched: the prospect has a profile value; unmatched: it has none of them; unknown: the
 * prospect's value is not known; notInProfile: no value is shared widely enough to compare.
 */
export type TraitOutcome = 'matched' | 'unmatched' | 'unknown' | 'notInProfile';

export type TraitReason = {
  trait: ProfileTrait;
  outcome: TraitOutcome;
  /** The prospect's values for the trait. */
  values: string[];
  /** The profile values the prospect has. */
  matchedValues: ProfileValue[];
};

export type ProspectFit = {
  /** Matched traits out of those compared, 0–100 rounded; null when no trait can be compared. */
  fit: number | null;
  matched: number;
  compared: number;
  reasons: TraitReason[];
};

/**
 * How well a prospect fits the ideal profile: the share of comparable traits it matches, as a
 * whole percentage, halves up. A trait counts as compared when the profile has values for it
 * and the prospect's value is known; for services one shared service is a match.
 */
export function prospectFit(profile: IdealProfile, prospect: OrganisationTraits): ProspectFit {
  const reasons = profileTraits.map((trait): TraitReason => {
    const own = trait === 'services' ? prospect.services : prospect[trait];
    const values = own === null ? [] : typeof own === 'string' ? [own] : [...new Set(own)];
    const matchedValues = profile[trait].filter((entry) => values.includes(entry.value));
    const outcome: TraitOutcome =
      profile[trait].length === 0
        ? 'notInProfile'
        : values.length === 0
          ? 'unknown'
          : matchedValues.length > 0
            ? 'matched'
            : 'unmatched';
    return { trait, outcome, values, matchedValues };
  });
  const matched = reasons.filter((reason) => reason.outcome === 'matched').length;
  const compared = matched + reasons.filter((reason) => reason.outcome === 'unmatched').length;
  const fit = compared === 0 ? null : Math.floor((200 * matched + compared) / (2 * compared));
  return { fit, matched, compared, reasons };
}
