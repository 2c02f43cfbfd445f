// The yearly duties a service concept can ask for, method.md §5 and §14: a revenue forecast made
// with the client every fiscal year, a yearly evaluation conversation, an account plan.
import type { ServiceConcept } from './service-concept.ts';

export const yearlyDutyKeys = ['revenueForecast', 'evaluationConversation', 'accountPlan'] as const;
export type YearlyDutyKey = (typeof yearlyDutyKeys)[number];

export type YearlyDutyCheck = { duty: YearlyDutyKey; done: boolean };

/** What was done for a client in the year (the caller decides which year). */
export type YearlyDutiesDone = Readonly<Record<YearlyDutyKey, boolean>>;

const requiredBy: Record<YearlyDutyKey, (concept: ServiceConcept) => boolean> = {
  revenueForecast: (concept) => concept.yearlyRevenueForecast,
  evaluationConversation: (concept) => concept.yearlyEvaluationConversation,
  accountPlan: (concept) => concept.accountPlanRequired,
};

/** A concept that asks for no duty: every client of it shares the same empty list. */
const noneRequired: readonly YearlyDutyCheck[] = Object.freeze([]);

/** The duties the category's concept requires, each done or not; the others are left out. */
export function yearlyDutyChecks(
  concept: ServiceConcept,
  done: YearlyDutiesDone,
): readonly YearlyDutyCheck[] {
  const checks: YearlyDutyCheck[] = [];
  for (const duty of yearlyDutyKeys)
    if (requiredBy[duty](concept)) checks.push({ duty, done: done[duty] });
  return checks.length === 0 ? noneRequired : checks;
}
