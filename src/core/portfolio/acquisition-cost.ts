// The cost of one valuable new client, method.md §2: (1) count the new regular clients won,
// leaving out one-off clients and clients the firm would rather see go; (2) add up what was
// invested that year in winning new clients, time at an hourly rate plus money; (3) divide.
import { invalidField } from '../errors.ts';
import {
  assertCents,
  divideRounded,
  divideRoundedExact,
  hundredthsOfHours,
  sumCents,
} from './money.ts';

export type NewClient = {
  clientId: string;
  /** A one-off client (eenmalig): not counted. */
  oneOff?: boolean;
  /** A client the firm would rather see go: not counted. */
  unwanted?: boolean;
};

export type AcquisitionCostInput = {
  /** Hours spent on winning new clients (at most two decimals count). */
  hours: number;
  hourlyRateCents: number;
  /** Money spent on winning new clients (events, advertising, …). */
  moneyCents: number;
  /** The clients won in the year. */
  newClients: readonly NewClient[];
};

export type AcquisitionCost = {
  /** hours × hourly rate, to the nearest cent (halves away from zero). */
  timeCents: number;
  moneyCents: number;
  investedCents: number;
  /** The new regular clients counted (each once), in the order given. */
  regularClientIds: string[];
} & (
  | { costPerClientCents: number; reason: null }
  | { costPerClientCents: null; reason: 'no_new_regular_clients' }
);

/**
 * The cost of one valuable new client (method.md §2): invested / new regular clients, rounded
 * to the nearest cent, halves away from zero. Without a new regular client there is no cost per
 * client: null, with the reason.
 */
export function acquisitionCost(input: AcquisitionCostInput): AcquisitionCost {
  assertCents(input.hourlyRateCents, 'hourlyRateCents');
  assertCents(input.moneyCents, 'moneyCents');
  if (input.hourlyRateCents < 0) throw invalidField('hourlyRateCents', 'must be 0 or more');
  if (input.moneyCents < 0) throw invalidField('moneyCents', 'must be 0 or more');
  const timeCents = Number(
    divideRoundedExact(
      BigInt(hundredthsOfHours(input.hours)) * BigInt(input.hourlyRateCents),
      100n,
    ),
  );
  const investedCents = sumCents([timeCents, input.moneyCents]);
  const regularClientIds = [
    ...new Set(
      input.newClients
        .filter((client) => !client.oneOff && !client.unwanted)
        .map((client) => client.clientId),
    ),
  ];
  const base = { timeCents, moneyCents: input.moneyCents, investedCents, regularClientIds };
  if (regularClientIds.length === 0) {
    return { ...base, costPerClientCents: null, reason: 'no_new_regular_clients' };
  }
  return {
    ...base,
    costPerClientCents: divideRounded(investedCents, regularClientIds.length),
    reason: null,
  };
}
