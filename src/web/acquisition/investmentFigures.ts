// The investment in winning new clients as typed: hours and a rate make the cost of the time,
// plus the money spent (method.md §2, step 2).
import type { Language } from '../format.ts';
import { parseHundredths } from '../ui/amountText.ts';

export type InvestmentTexts = { hours: string; hourlyRate: string; money: string };

export type InvestmentProblem = 'invalid' | 'decimals' | 'negative' | 'tooLarge';

/** The server's limits: a million hours, € 100,000 an hour, € 100 billion. */
const limits = { hours: 100_000_000, hourlyRate: 10_000_000, money: 10_000_000_000_000 };

/** One field in hundredths (of an hour, or cents), or what is wrong with it. */
export function investmentAmount(
  field: keyof InvestmentTexts,
  text: string,
  language: Language,
): { value: number; problem: null } | { value: null; problem: InvestmentProblem } {
  const parsed = parseHundredths(text, language);
  if (parsed.problem !== null) return parsed;
  if (parsed.value < 0) return { value: null, problem: 'negative' };
  if (parsed.value > limits[field]) return { value: null, problem: 'tooLarge' };
  return parsed;
}

export type InvestmentPreview = {
  hoursHundredths: number;
  hourlyRateCents: number;
  timeCents: number;
  moneyCents: number;
  investedCents: number;
};

/** The cost of the time to the nearest cent, and the total; null while a field is wrong. */
export function investmentPreview(
  texts: InvestmentTexts,
  language: Language,
): InvestmentPreview | null {
  const hours = investmentAmount('hours', texts.hours, language).value;
  const rate = investmentAmount('hourlyRate', texts.hourlyRate, language).value;
  const money = investmentAmount('money', texts.money, language).value;
  if (hours === null || rate === null || money === null) return null;
  // hundredths of an hour × cents per hour / 100, halves rounded up: exact in integers
  const timeCents = Math.round((hours * rate) / 100);
  return {
    hoursHundredths: hours,
    hourlyRateCents: rate,
    timeCents,
    moneyCents: money,
    investedCents: timeCents + money,
  };
}
