// The risk of a client from its signals, and its priority: the risk weighed by what the client
// is worth, so a threatened A-client comes before a C-client at the same risk (method §8).
import { invalidField } from '../errors.ts';
import { signalKinds, type Signal, type SignalKind } from './signal.ts';

export type SignalWeights = Record<SignalKind, number>;

/** What each signal adds to the risk unless the firm says otherwise: acute ones weigh most. */
export const defaultSignalWeights: SignalWeights = {
  threatensToLeave: 40,
  seriousComplaint: 30,
  asksOtherContactPerson: 25,
  objectsToInvoices: 20,
  asksRatesAgain: 20,
  asksNewQuoteForRepeatWork: 20,
  revenueDeclining: 20,
  orderingRhythmBroken: 15,
  mainContactLeft: 15,
  evaluationsBelowNorm: 15,
  contactPersonsChanged: 10,
  personalContactLow: 10,
  creditNotes: 10,
  evaluationsFalling: 10,
};

export const signalWeightRange = { min: 0, max: 100 } as const;

/** The firm's weights over the defaults; a weight outside 0–100 or of no kind is refused. */
export function signalWeightsOf(stored: Readonly<Record<string, unknown>> | null): SignalWeights {
  const weights = { ...defaultSignalWeights };
  for (const [kind, weight] of Object.entries(stored ?? {})) {
    if (!(signalKinds as readonly string[]).includes(kind))
      throw invalidField(`weights.${kind}`, 'is not a signal of early warning');
    if (
      typeof weight !== 'number' ||
      !Number.isInteger(weight) ||
      weight < signalWeightRange.min ||
      weight > signalWeightRange.max
    )
      throw invalidField(`weights.${kind}`, 'must be a whole number from 0 to 100');
    weights[kind as SignalKind] = weight;
  }
  return weights;
}

/** The risk: the weights of the signals that count added up. */
export function riskScore(signals: readonly Pick<Signal, 'kind'>[], weights: SignalWeights) {
  return signals.reduce((sum, signal) => sum + weights[signal.kind], 0);
}

/**
 * What a client's category makes its risk weigh: in a scheme of n categories the first (A)
 * weighs n, the last 1; a client without a category weighs as the last.
 */
export function categoryWeight(
  categoryKey: string | null,
  schemeCategories: readonly string[],
): number {
  const position = categoryKey === null ? -1 : schemeCategories.indexOf(categoryKey);
  return position < 0 ? 1 : schemeCategories.length - position;
}

export type Prioritised = {
  risk: number;
  categoryWeight: number;
  /** The client's revenue of its latest complete fiscal year, in cents. */
  valueCents: number;
  name: string;
};

/** The priority: the risk times the category's weight. */
export function priorityOf(client: Pick<Prioritised, 'risk' | 'categoryWeight'>): number {
  return client.risk * client.categoryWeight;
}

/**
 * Most urgent first: the higher priority, then at the same priority the more valuable client
 * (category, then revenue), then the name, so that the order never depends on chance.
 */
export function byPriority(a: Prioritised, b: Prioritised): number {
  return (
    priorityOf(b) - priorityOf(a) ||
    b.categoryWeight - a.categoryWeight ||
    b.valueCents - a.valueCents ||
    a.name.localeCompare(b.name)
  );
}
