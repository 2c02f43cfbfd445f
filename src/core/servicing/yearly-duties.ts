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

/** The duties the category's concept requires, each done or not; the others are left out. */
export function yearlyDutyChecks(
  concept: ServiceConcept,
  done: YearlyDutiesDone,
): YearlyDutyCheck[] {
  return yearlyDutyKeys
    .filter((duty) => requiredBy[duty](concept))
    .map((duty) => ({ duty, done: done[duty] }));
}
