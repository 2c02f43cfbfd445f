// The service concept per category (bedieningsconcept), method.md §5: the norms a firm sets for
// how it treats the clients of a category, which the product then checks.
import { isWholeBetween, type Problem } from '../choosing/problems.ts';

/** How soon a call is returned: deadlines in working-days.ts; asSoonAsPossible sets none. */
export const callBackNorms = [
  'sameWorkingDay',
  'nextWorkingDay',
  'asSoonAsPossible',
  'none',
] as const;
export type CallBackNorm = (typeof callBackNorms)[number];

export const giftPolicies = ['yearlyPersonalGift', 'newYearsGreeting', 'none'] as const;
export type GiftPolicy = (typeof giftPolicies)[number];

export type ServiceConcept = {
  categoryKey: string;
  /** At most this many calendar days between personal contacts; null: no interval. */
  personalContactIntervalDays: number | null;
  callBack: CallBackNorm;
  /** A proposal sent within this many working days of the request; null: no norm. */
  proposalTurnaroundWorkingDays: number | null;
  /** A complaint acknowledged within this many working days of coming in; null: no norm. */
  complaintAcknowledgeWorkingDays: number | null;
  /** A complaint solved within this many working days of coming in; null: no norm. */
  complaintSolveWorkingDays: number | null;
  /** Kept informed by the mailing or newsletter. */
  mailing: boolean;
  giftPolicy: GiftPolicy;
  evaluationAfterEachAssignment: boolean;
  yearlyEvaluationConversation: boolean;
  accountPlanRequired: boolean;
  /** A revenue forecast made together with the client every fiscal year. */
  yearlyRevenueForecast: boolean;
  /** A second professional named per assignment, so the client can always reach someone. */
  secondProfessionalPerAssignment: boolean;
  /** Personal contacts per year at least; 0: no minimum. */
  minimumPersonalContactsPerYear: number;
  /** The firm's own norms in its own words; empty when none. */
  ownNorms: string;
};

/** The relationship manager's minimum of method.md §14: personal contact at least twice a year. */
export const defaultMinimumPersonalContacts = 2;

/**
 * The complaint norms of a category the firm set nothing for (decision 0038): acknowledged within
 * two working days, solved within ten. The method asks firms to draw complaints out (§15), so
 * every client is owed an answer, also before the firm wrote its own concept.
 */
export const defaultComplaintNorms = {
  complaintAcknowledgeWorkingDays: 2,
  complaintSolveWorkingDays: 10,
} as const;

/** The longest interval, proposal norm and minimum accepted, and the length of the own norms. */
export const serviceConceptLimits = {
  intervalDays: 3660,
  turnaroundWorkingDays: 100,
  personalContactsPerYear: 366,
  ownNormsLength: 4000,
} as const;

/**
 * A category's concept before the firm sets anything: no norms, except the two personal contacts a
 * year the method asks for every assigned client.
 */
export function defaultServiceConcept(categoryKey: string): ServiceConcept {
  return {
    categoryKey,
    personalContactIntervalDays: null,
    callBack: 'none',
    proposalTurnaroundWorkingDays: null,
    ...defaultComplaintNorms,
    mailing: false,
    giftPolicy: 'none',
    evaluationAfterEachAssignment: false,
    yearlyEvaluationConversation: false,
    accountPlanRequired: false,
    yearlyRevenueForecast: false,
    secondProfessionalPerAssignment: false,
    minimumPersonalContactsPerYear: defaultMinimumPersonalContacts,
    ownNorms: '',
  };
}

export type ServiceConceptProblemCode =
  | 'category_unknown'
  | 'concept_duplicate'
  | 'interval_out_of_range'
  | 'call_back_unknown'
  | 'turnaround_out_of_range'
  | 'complaint_norm_out_of_range'
  | 'complaint_norms_out_of_order'
  | 'gift_policy_unknown'
  | 'minimum_contacts_out_of_range'
  | 'own_norms_too_long';

/**
 * Every problem with the service concepts of a scheme: each for a category of the scheme and at
 * most one per category, whole numbers within the limits, known call-back norms and gift policies.
 */
export function serviceConceptProblems(
  concepts: readonly ServiceConcept[],
  categoryKeys: readonly string[],
): Problem<ServiceConceptProblemCode>[] {
  const problems: Problem<ServiceConceptProblemCode>[] = [];
  const known = new Set(categoryKeys);
  const seen = new Set<string>();
  concepts.forEach((concept, index) => {
    const at = (field: keyof ServiceConcept) => ['concepts', index, field];
    if (!known.has(concept.categoryKey))
      problems.push({ code: 'category_unknown', path: at('categoryKey') });
    else if (seen.has(concept.categoryKey))
      problems.push({ code: 'concept_duplicate', path: at('categoryKey') });
    seen.add(concept.categoryKey);
    const interval = concept.personalContactIntervalDays;
    if (interval !== null && !isWholeBetween(interval, 1, serviceConceptLimits.intervalDays))
      problems.push({ code: 'interval_out_of_range', path: at('personalContactIntervalDays') });
    if (!(callBackNorms as readonly string[]).includes(concept.callBack))
      problems.push({ code: 'call_back_unknown', path: at('callBack') });
    const turnaround = concept.proposalTurnaroundWorkingDays;
    if (
      turnaround !== null &&
      !isWholeBetween(turnaround, 1, serviceConceptLimits.turnaroundWorkingDays)
    )
      problems.push({ code: 'turnaround_out_of_range', path: at('proposalTurnaroundWorkingDays') });
    const acknowledge = concept.complaintAcknowledgeWorkingDays;
    const solve = concept.complaintSolveWorkingDays;
    for (const [field, days] of [
      ['complaintAcknowledgeWorkingDays', acknowledge],
      ['complaintSolveWorkingDays', solve],
    ] as const)
      if (days !== null && !isWholeBetween(days, 1, serviceConceptLimits.turnaroundWorkingDays))
        problems.push({ code: 'complaint_norm_out_of_range', path: at(field) });
    // a complaint cannot be solved before it is acknowledged
    if (acknowledge !== null && solve !== null && solve < acknowledge)
      problems.push({
        code: 'complaint_norms_out_of_order',
        path: at('complaintSolveWorkingDays'),
      });
    if (!(giftPolicies as readonly string[]).includes(concept.giftPolicy))
      problems.push({ code: 'gift_policy_unknown', path: at('giftPolicy') });
    const minimum = concept.minimumPersonalContactsPerYear;
    if (!isWholeBetween(minimum, 0, serviceConceptLimits.personalContactsPerYear))
      problems.push({
        code: 'minimum_contacts_out_of_range',
        path: at('minimumPersonalContactsPerYear'),
      });
    if (concept.ownNorms.length > serviceConceptLimits.ownNormsLength)
      problems.push({ code: 'own_norms_too_long', path: at('ownNorms') });
  });
  return problems;
}

/** A concept that may leave out the norms that have a default. */
export type ServiceConceptWithDefaults = Omit<ServiceConcept, keyof typeof defaultComplaintNorms> &
  Partial<Pick<ServiceConcept, keyof typeof defaultComplaintNorms>>;

/**
 * A concept as stored before a norm existed gets that norm's default: the complaint norms came
 * after the first concepts were written (decision 0038).
 */
export function withDefaultNorms(stored: ServiceConceptWithDefaults): ServiceConcept {
  return { ...defaultComplaintNorms, ...stored };
}

/** The concept of a category; the default one when the firm set none. */
export function serviceConceptFor(
  concepts: readonly ServiceConcept[],
  categoryKey: string,
): ServiceConcept {
  return (
    concepts.find((concept) => concept.categoryKey === categoryKey) ??
    defaultServiceConcept(categoryKey)
  );
}
