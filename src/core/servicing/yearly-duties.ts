// The yearly duties a service concept can ask for, method.md §5 and §14: a revenue forecast made
// with the client every fiscal year, a yearly evaluation conversation, an account plan, and the
// concept's mailing and gift or New Year's greeting, which are yearly too.
import type { ServiceConcept } from './service-concept.ts';

/** The duties an activity can say it fulfils (the activity dialog's choice). */
export const yearlyDutyKeys = ['revenueForecast', 'evaluationConversation', 'accountPlan'] as const;
export type RecordedDutyKey = (typeof yearlyDutyKeys)[number];

/**
 * Every duty compliance checks in a year: the recorded ones, and two shown by what was done
 * (decision 0025): a mailing by a done mailing activity, a gift or greeting by a gift given in the
 * register or a done gift activity.
 */
export const checkedDutyKeys = [...yearlyDutyKeys, 'mailing', 'giftOrGreeting'] as const;
export type YearlyDutyKey = (typeof checkedDutyKeys)[number];

export type YearlyDutyCheck = { duty: YearlyDutyKey; done: boolean };

/** What was done for a client in the year (the caller decides which year). */
export type YearlyDutiesDone = Readonly<Record<YearlyDutyKey, boolean>>;

const requiredBy: Record<YearlyDutyKey, (concept: ServiceConcept) => boolean> = {
  revenueForecast: (concept) => concept.yearlyRevenueForecast,
  evaluationConversation: (concept) => concept.yearlyEvaluationConversation,
  accountPlan: (concept) => concept.accountPlanRequired,
  mailing: (concept) => concept.mailing,
  giftOrGreeting: (concept) => concept.giftPolicy !== 'none',
};

/** A concept that asks for no duty: every client of it shares the same empty list. */
const noneRequired: readonly YearlyDutyCheck[] = Object.freeze([]);

/** The duties the category's concept requires, each done or not; the others are left out. */
export function yearlyDutyChecks(
  concept: ServiceConcept,
  done: YearlyDutiesDone,
): readonly YearlyDutyCheck[] {
  const checks: YearlyDutyCheck[] = [];
  for (const duty of checkedDutyKeys)
    if (requiredBy[duty](concept)) checks.push({ duty, done: done[duty] });
  return checks.length === 0 ? noneRequired : checks;
}
