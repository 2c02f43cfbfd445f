// The plan as the firm types it: the three amounts checked field by field, and the target they
// make (method.md §2: start + growth at existing clients + new clients − expected loss).
import type { Language } from '../format.ts';
import { parseHundredths, type AmountProblem } from '../ui/amountText.ts';

export const planFields = ['existingGrowthCents', 'newClientsCents', 'expectedLossCents'] as const;
export type PlanField = (typeof planFields)[number];
export type PlanTexts = Record<PlanField, string>;
export type PlanProblem = AmountProblem | 'negative' | 'tooLarge';

/** € 100 billion, the server's limit. */
export const largestCents = 10_000_000_000_000;

/** One amount of the plan, or what is wrong with it. */
export function planAmount(
  field: PlanField,
  text: string,
  language: Language,
): { cents: number; problem: null } | { cents: null; problem: PlanProblem } {
  const parsed = parseHundredths(text, language);
  if (parsed.problem !== null) return { cents: null, problem: parsed.problem };
  if (Math.abs(parsed.value) > largestCents) return { cents: null, problem: 'tooLarge' };
  if (field !== 'existingGrowthCents' && parsed.value < 0) {
    return { cents: null, problem: 'negative' };
  }
  return { cents: parsed.value, problem: null };
}

export type PlanPreview = Record<PlanField, number> & {
  startCents: number;
  targetCents: number;
  growthCents: number;
  /** Growth as a ratio of the start; null without a start. */
  growthRatio: number | null;
};

/** The target the typed amounts make; null while any of them is not an amount. */
export function planPreview(
  startCents: number,
  texts: PlanTexts,
  language: Language,
): PlanPreview | null {
  const amounts = planFields.map((field) => planAmount(field, texts[field], language).cents);
  if (amounts.some((cents) => cents === null)) return null;
  const [growth, fresh, loss] = amounts as [number, number, number];
  const growthCents = growth + fresh - loss;
  return {
    existingGrowthCents: growth,
    newClientsCents: fresh,
    expectedLossCents: loss,
    startCents,
    targetCents: startCents + growthCents,
    growthCents,
    growthRatio: startCents > 0 ? growthCents / startCents : null,
  };
}
