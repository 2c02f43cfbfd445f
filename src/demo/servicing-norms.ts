// What the servicing shares across its kinds of rows: how far back it goes, how much happens per
// place in the scheme, and working days.
import { isWorkingDay } from '../core/servicing/working-days.ts';
import { isoDay } from './days.ts';
import type { ServicingClient } from './servicing-rows.ts';

/** How far back the activities go: eighteen months. */
export const historyDays = 548;

/** A client's place in its scheme: 0 the best, 2 the rest. */
export type Rank = 0 | 1 | 2;
type PerRank<T> = readonly [T, T, T];

/** Per place in the scheme: how much happens. */
export const byRank: {
  contactTypes: PerRank<readonly [number, number, number, number]>;
  emails: PerRank<readonly [number, number]>;
  eventChance: PerRank<number>;
  overdueChance: PerRank<number>;
  plannedChance: PerRank<number>;
  forgottenChance: PerRank<number>;
  proposalChance: PerRank<number>;
  proposalEuros: PerRank<readonly [number, number]>;
  callBackChance: PerRank<number>;
  giftChance: PerRank<number>;
  plannedGiftChance: PerRank<number>;
} = {
  contactTypes: [
    [3, 4, 3, 0.6],
    [2, 5, 2, 0.4],
    [1, 6, 1, 0.3],
  ],
  emails: [
    [1, 4],
    [0, 2],
    [0, 1],
  ],
  eventChance: [0.35, 0.15, 0.03],
  overdueChance: [0.12, 0.1, 0.1],
  plannedChance: [0.35, 0.12, 0.02],
  forgottenChance: [0.03, 0.03, 0],
  proposalChance: [0.1, 0.05, 0.015],
  proposalEuros: [
    [15_000, 80_000],
    [6_000, 30_000],
    [2_500, 12_000],
  ],
  callBackChance: [0.07, 0.05, 0.02],
  giftChance: [0.2, 0.08, 0],
  plannedGiftChance: [0.08, 0, 0],
};

export const rankOf = (client: ServicingClient): Rank =>
  Math.min(2, client.category?.rank ?? 2) as Rank;

/** The last working day on or before the day. */
export function workingDayUpTo(day: number): number {
  let current = day;
  while (!isWorkingDay(isoDay(current))) current -= 1;
  return current;
}

/** The n-th working day before the day (the day itself not counted). */
export function workingDaysBefore(day: number, count: number): number {
  let current = day;
  for (let found = 0; found < count;) {
    current -= 1;
    if (isWorkingDay(isoDay(current))) found += 1;
  }
  return current;
}
