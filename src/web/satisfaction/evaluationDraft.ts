// An evaluation as its dialog holds it (method.md §7): who answered and how, the scores per aspect,
// the overall and recommend scores, the client's intention and the comments; on a new evaluation
// below the firm's norm also the improvement plan it opens. The fields are flat, so the server's
// objections ("scores.expertise", "improvementPlan.dueOn") are put at the field they name.
import {
  evaluationAspects,
  type EvaluationAspect,
  type EvaluationMethod,
  type TrustIntention,
} from '../../core/satisfaction/evaluation.ts';
import type { Language } from '../format.ts';
import { parseHundredths } from '../ui/amountText.ts';
import type { Evaluation, EvaluationInput } from './satisfactionQueries.ts';

/** A score as a number input holds it: '' while empty. */
export type ScoreText = number | '';

export type EvaluationValues = Record<EvaluationAspect, ScoreText> & {
  contactId: string | null;
  assignmentId: string | null;
  method: EvaluationMethod;
  evaluatedOn: string;
  overall: ScoreText;
  recommend: ScoreText;
  trust: TrustIntention | null;
  comments: string;
  planWhat: string;
  planOwnerId: string | null;
  planDueOn: string;
  planCost: string;
};

const emptyScores = Object.fromEntries(evaluationAspects.map((aspect) => [aspect, ''])) as Record<
  EvaluationAspect,
  ScoreText
>;

/** The starting values: the evaluation's own, or a conversation of today about `assignmentId`. */
export function evaluationValues(args: {
  evaluation?: Evaluation | undefined;
  assignmentId?: string | null | undefined;
  today: string;
}): EvaluationValues {
  const e = args.evaluation;
  const plan = { planWhat: '', planOwnerId: null, planDueOn: '', planCost: '' };
  if (!e)
    return {
      ...emptyScores,
      contactId: null,
      assignmentId: args.assignmentId ?? null,
      method: 'conversation',
      evaluatedOn: args.today,
      overall: '',
      recommend: '',
      trust: null,
      comments: '',
      ...plan,
    };
  const scores = Object.fromEntries(
    evaluationAspects.map((aspect) => [aspect, e.scores[aspect] ?? '']),
  ) as Record<EvaluationAspect, ScoreText>;
  return {
    ...scores,
    contactId: e.contactId,
    assignmentId: e.assignmentId,
    method: e.method,
    evaluatedOn: e.evaluatedOn,
    overall: e.overall,
    recommend: e.recommend ?? '',
    trust: e.trust,
    comments: e.comments ?? '',
    ...plan,
  };
}

const scoreOf = (value: ScoreText): number | null => (value === '' ? null : value);

/** The plan's cost in cents, null when empty, NaN when it cannot be read. */
export function costCents(text: string, language: Language): number | null {
  if (text.trim() === '') return null;
  const parsed = parseHundredths(text, language);
  return parsed.value === null || parsed.value < 0 ? Number.NaN : parsed.value;
}

/**
 * What the API receives. The plan goes along only with a new evaluation below the norm: at or
 * above it the server refuses a plan, and a correction leaves the plan to be changed on its own.
 */
export function evaluationInput(
  values: EvaluationValues,
  options: { norm: number; isNew: boolean; language: Language },
): EvaluationInput {
  const scores = Object.fromEntries(
    evaluationAspects.map((aspect) => [aspect, scoreOf(values[aspect])]),
  ) as Record<EvaluationAspect, number | null>;
  const overall = scoreOf(values.overall);
  const input: EvaluationInput = {
    contactId: values.contactId ?? '',
    assignmentId: values.assignmentId,
    method: values.method,
    evaluatedOn: values.evaluatedOn,
    scores,
    overall: overall ?? Number.NaN,
    recommend: scoreOf(values.recommend),
    trust: values.trust,
    comments: values.comments.trim() || null,
  };
  if (options.isNew && opensPlanAt(values.overall, options.norm)) {
    input.improvementPlan = {
      what: values.planWhat.trim() || null,
      ...(values.planOwnerId ? { ownerId: values.planOwnerId } : {}),
      ...(values.planDueOn ? { dueOn: values.planDueOn } : {}),
      costCents: costCents(values.planCost, options.language),
    };
  }
  return input;
}

/** Whether the overall score typed so far opens an improvement plan under the norm. */
export function opensPlanAt(overall: ScoreText, norm: number): boolean {
  return overall !== '' && overall < norm;
}

/** The API's field names as the dialog's: "scores.expertise" → expertise, a plan's → plan…. */
export function dialogField(apiField: string): keyof EvaluationValues | null {
  const [head, tail] = apiField.split('.');
  if (head === 'scores' && tail && (evaluationAspects as readonly string[]).includes(tail))
    return tail as EvaluationAspect;
  if (head === 'improvementPlan') {
    const plan: Record<string, keyof EvaluationValues> = {
      what: 'planWhat',
      ownerId: 'planOwnerId',
      dueOn: 'planDueOn',
      costCents: 'planCost',
    };
    return (tail && plan[tail]) || 'overall';
  }
  const known: readonly string[] = [
    'contactId',
    'assignmentId',
    'method',
    'evaluatedOn',
    'overall',
    'recommend',
    'trust',
    'comments',
  ];
  return known.includes(apiField) ? (apiField as keyof EvaluationValues) : null;
}
