import { divideRounded } from './money.ts';

/**
 * The median of whole numbers (cents): the middle value, or for an even count the mean of the
 * two middle values rounded to a whole number, halves away from zero. Null for no values.
 */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return null;
  const lower = sorted[middle - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : divideRounded(lower + upper, 2);
}
