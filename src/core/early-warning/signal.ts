// The signals of early warning (method §8): what a client shows before it leaves. Each signal is
// derived from facts the product has and carries its evidence as numbers and dates, so that the
// words that explain it and the fingerprint that a dismissal keeps are made from the same values.

/**
 * Acute signals: a professional hears them and records them in one click (method §8, first
 * list). A serious complaint is recorded here too until complaints are kept on their own.
 */
export const acuteSignalKinds = [
  'threatensToLeave',
  'asksRatesAgain',
  'asksNewQuoteForRepeatWork',
  'asksOtherContactPerson',
  'objectsToInvoices',
  'seriousComplaint',
] as const;
export type AcuteSignalKind = (typeof acuteSignalKinds)[number];

/**
 * Predictive signals, derived from the data (method §8, second list). Left out until the product
 * has their data: no reaction to invitations (no events or invitees are kept) and a changed
 * payment habit (no paid dates are kept). Open or repeated complaints come with the complaints
 * register; their signal belongs in this list and in `derived-signals.ts` beside the others.
 */
export const derivedSignalKinds = [
  'revenueDeclining',
  'orderingRhythmBroken',
  'contactPersonsChanged',
  'mainContactLeft',
  'personalContactLow',
  'creditNotes',
  'evaluationsBelowNorm',
  'evaluationsFalling',
] as const;
export type DerivedSignalKind = (typeof derivedSignalKinds)[number];

export const signalKinds = [...acuteSignalKinds, ...derivedSignalKinds] as const;
export type SignalKind = (typeof signalKinds)[number];

export function isAcuteSignalKind(kind: string): kind is AcuteSignalKind {
  return (acuteSignalKinds as readonly string[]).includes(kind);
}

export function isSignalKind(kind: string): kind is SignalKind {
  return (signalKinds as readonly string[]).includes(kind);
}

/** The evidence of each kind: numbers in cents, days and counts, and ISO dates. */
export type Evidence = {
  revenueDeclining: {
    year: number;
    revenueCents: number;
    previousYear: number;
    previousRevenueCents: number;
    /** How far below the year before, in whole percent (rounded down). */
    dropPercent: number;
  };
  orderingRhythmBroken: {
    lastOrder: string;
    /** The usual number of days between orders: the median of the client's own intervals. */
    usualIntervalDays: number;
    expectedOn: string;
    daysLate: number;
  };
  contactPersonsChanged: { left: number; sinceDate: string };
  mainContactLeft: { contactId: string; name: string; leftOn: string };
  personalContactLow: {
    lastContact: string | null;
    /** Days since the last personal contact, or since the client came when never seen. */
    daysWithout: number;
    normDays: number;
  };
  creditNotes: { count: number; creditCents: number; fromYear: number; toYear: number };
  evaluationsBelowNorm: { count: number; norm: number; lowest: number; sinceDate: string };
  evaluationsFalling: { latest: number; latestOn: string; previous: number; previousOn: string };
} & Record<AcuteSignalKind, { recordedOn: string; daysAgo: number; note: string | null }>;

/** One signal of one client: its kind and evidence; `basis` is what a dismissal is tied to. */
export type Signal = {
  [K in SignalKind]: {
    kind: K;
    evidence: Evidence[K];
    /** The key of its words (`signalWords`), the same for every client. */
    textKey: `earlyWarning.${K}`;
    /**
     * The part of the evidence that stays the same while nothing new happens: the days counted
     * up to today are left out, so that a dismissed signal returns only when the facts change.
     */
    basis: string;
  };
}[SignalKind];

export function signalOf<K extends SignalKind>(
  kind: K,
  evidence: Evidence[K],
  basis: readonly unknown[],
): Signal {
  return {
    kind,
    evidence,
    textKey: `earlyWarning.${kind}`,
    basis: JSON.stringify(basis),
  } as Signal;
}
