// The win-back policy per category (method.md §8): when a client of a category is lost, who acts
// and what is done by when. Its steps become planned activities on the day the loss is recorded,
// so they stand on the owner's worklist like any other planned contact.
import { isWholeBetween, type Problem } from '../choosing/problems.ts';
import { addCalendarDays } from '../servicing/calendar-days.ts';
import { activityTypes, fourPs, type ActivityType, type FourP } from '../servicing/four-ps.ts';

/** Who acts: the client's relationship manager, its second professional, or a named colleague. */
export const winBackActors = ['relationshipManager', 'secondProfessional', 'namedUser'] as const;
export type WinBackActor = (typeof winBackActors)[number];

export type WinBackStep = {
  type: ActivityType;
  p: FourP | null;
  subject: string;
  /** Calendar days after the day the client was lost. */
  daysAfterLoss: number;
};

export type WinBackPolicy = {
  actor: WinBackActor;
  /** The colleague who acts when actor is namedUser; null otherwise. */
  userId: string | null;
  /** No steps: the category has no win-back. */
  steps: WinBackStep[];
};

export const winBackLimits = { steps: 10, daysAfterLoss: 730, subjectLength: 200 } as const;

/**
 * The policy of a category the firm set none for, by the category's place in its scheme (0 the
 * best): the best category is visited by its relationship manager within 14 days and called after
 * three months (91 days); the second is called within 30 days; lower categories get no win-back.
 * The method asks more effort for the clients the firm values most; the days are chosen here
 * (decision 0037).
 */
export function defaultWinBackPolicy(rank: number): WinBackPolicy {
  const steps: WinBackStep[] =
    rank === 0
      ? [
          { type: 'visit', p: 'person', subject: 'Win-back visit', daysAfterLoss: 14 },
          { type: 'call', p: 'person', subject: 'Win-back call', daysAfterLoss: 91 },
        ]
      : rank === 1
        ? [{ type: 'call', p: 'person', subject: 'Win-back call', daysAfterLoss: 30 }]
        : [];
  return { actor: 'relationshipManager', userId: null, steps };
}

export type WinBackPolicyProblemCode =
  | 'user_missing'
  | 'user_not_asked'
  | 'too_many_steps'
  | 'type_unknown'
  | 'p_unknown'
  | 'subject_missing'
  | 'subject_too_long'
  | 'days_out_of_range';

/** Every problem with a policy: a named colleague when (and only when) one acts, sound steps. */
export function winBackPolicyProblems(policy: WinBackPolicy): Problem<WinBackPolicyProblemCode>[] {
  const problems: Problem<WinBackPolicyProblemCode>[] = [];
  if (policy.actor === 'namedUser' && !policy.userId)
    problems.push({ code: 'user_missing', path: ['userId'] });
  if (policy.actor !== 'namedUser' && policy.userId)
    problems.push({ code: 'user_not_asked', path: ['userId'] });
  if (policy.steps.length > winBackLimits.steps)
    problems.push({ code: 'too_many_steps', path: ['steps'] });
  policy.steps.forEach((step, index) => {
    const at = (field: keyof WinBackStep) => ['steps', index, field];
    if (!(activityTypes as readonly string[]).includes(step.type))
      problems.push({ code: 'type_unknown', path: at('type') });
    if (step.p !== null && !(fourPs as readonly string[]).includes(step.p))
      problems.push({ code: 'p_unknown', path: at('p') });
    if (step.subject.trim() === '') problems.push({ code: 'subject_missing', path: at('subject') });
    else if (step.subject.length > winBackLimits.subjectLength)
      problems.push({ code: 'subject_too_long', path: at('subject') });
    if (!isWholeBetween(step.daysAfterLoss, 0, winBackLimits.daysAfterLoss))
      problems.push({ code: 'days_out_of_range', path: at('daysAfterLoss') });
  });
  return problems;
}

/** An activity a loss plans: the step's type, P and subject, on its day, for its owner. */
export type PlannedWinBack = {
  type: ActivityType;
  p: FourP | null;
  subject: string;
  onDate: string;
  /** Null when nobody can act: the client has no such professional (the activity has no owner). */
  ownerId: string | null;
};

/**
 * The planned activities a policy gives for a client lost on a day, in the order of the steps.
 * A step whose day has passed by the day the loss is recorded (a loss recorded late) is planned
 * for that day, so it stands on the worklist as due rather than being lost in the past.
 */
export function plannedWinBack(
  policy: WinBackPolicy,
  loss: { lostOn: string; recordedOn: string },
  client: { relationshipManagerId: string | null; secondProfessionalId: string | null },
): PlannedWinBack[] {
  const ownerId =
    policy.actor === 'namedUser'
      ? policy.userId
      : policy.actor === 'secondProfessional'
        ? (client.secondProfessionalId ?? client.relationshipManagerId)
        : client.relationshipManagerId;
  return policy.steps.map((step) => {
    const due = addCalendarDays(loss.lostOn, step.daysAfterLoss);
    return {
      type: step.type,
      p: step.p,
      subject: step.subject.trim(),
      onDate: due < loss.recordedOn ? loss.recordedOn : due,
      ownerId,
    };
  });
}
