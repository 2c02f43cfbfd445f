// The four P's of relationship activities, method.md §6: project, person, process, partnership,
// by whether an activity aims at the client's core business or not, and at the principal as a
// person or at the client's organisation.
import { apportionBasisPoints } from '../portfolio/basis-points.ts';

/** In the advised order of deploying them: a perfect project first, partnership last. */
export const fourPs = ['project', 'person', 'process', 'partnership'] as const;
export type FourP = (typeof fourPs)[number];

export const activityTypes = [
  'visit',
  'call',
  'meeting',
  'email',
  'event',
  'invitation',
  'gift',
  'proposal',
  'evaluation',
  'mailing',
  'other',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/**
 * The P an activity of a type usually serves, which the user may change; null for 'other'. A
 * meeting and an evaluation are taken to be about the assignment (project); a visit, a call, an
 * invitation and a gift are attention for the person; e-mail, events, proposals and mailings work
 * on the ties between the organisations (process). No type suggests partnership: that P is in
 * what is done, not in the channel, so the user sets it.
 */
export function suggestedP(type: ActivityType): FourP | null {
  switch (type) {
    case 'meeting':
    case 'evaluation':
      return 'project';
    case 'visit':
    case 'call':
    case 'invitation':
    case 'gift':
      return 'person';
    case 'email':
    case 'event':
    case 'proposal':
    case 'mailing':
      return 'process';
    case 'other':
      return null;
  }
}

export type FourPBalance = {
  /** Activities per P, in the advised order. */
  counts: Record<FourP, number>;
  /** Activities with a P. */
  total: number;
  /** Each P's share in basis points, adding up to exactly 10,000 when total > 0, else all 0. */
  shareBasisPoints: Record<FourP, number>;
  /** The first P in the advised order with no activity at all; null when all four have some. */
  firstMissing: FourP | null;
};

/** The balance of the four P's over a set of activities (method.md §6); those without a P are left out. */
export function fourPBalance(activities: readonly { p: FourP | null }[]): FourPBalance {
  const counts: Record<FourP, number> = { project: 0, person: 0, process: 0, partnership: 0 };
  for (const activity of activities) if (activity.p !== null) counts[activity.p] += 1;
  return fourPBalanceOfCounts(counts);
}

/** The balance of the four P's from the number of activities per P. */
export function fourPBalanceOfCounts(counts: Readonly<Record<FourP, number>>): FourPBalance {
  const shares = apportionBasisPoints(fourPs.map((p) => counts[p]));
  const shareBasisPoints = Object.fromEntries(
    fourPs.map((p, index) => [p, shares[index] ?? 0]),
  ) as Record<FourP, number>;
  return {
    counts: { ...counts },
    total: fourPs.reduce((sum, p) => sum + counts[p], 0),
    shareBasisPoints,
    firstMissing: fourPs.find((p) => counts[p] === 0) ?? null,
  };
}
