// A lost client (method.md §8): the firm records of every client that left when, why (a reason
// from the firm's own list, and its own words), how the leaving went and who was told, so that
// the reasons can be counted and the category's win-back policy can start.
import type { Problem } from '../choosing/problems.ts';

/** The reasons every firm's list starts with; the firm hides, renames or adds its own. */
export const presetLostReasons = [
  'price',
  'quality',
  'service',
  'contactPersonLeft',
  'movedToCompetitor',
  'clientStoppedOrMerged',
  'noLongerNeeded',
  'other',
] as const;
export type PresetLostReason = (typeof presetLostReasons)[number];

/** How the leaving went: on good terms, with friction, or without a word from the client. */
export const lossManners = ['amicable', 'tense', 'silent'] as const;
export type LossManner = (typeof lossManners)[number];

export const clientLossLimits = { textLength: 4000, reasonNameLength: 80 } as const;

export type ClientLossInput = {
  lostOn: string;
  reasonId: string;
  text: string | null;
  manner: LossManner | null;
  /** Who was told of the loss (colleagues, a partner), in the firm's words. */
  told: string | null;
};

export type ClientLossProblemCode =
  | 'lost_on_in_future'
  | 'lost_on_before_client_since'
  | 'reason_unknown'
  | 'reason_hidden'
  | 'text_too_long'
  | 'told_too_long';

/** A reason of the firm's list as a loss sees it. */
export type LostReasonChoice = { id: string; hidden: boolean };

/**
 * Every problem with a loss: not after the firm's day, not before the client became one, a
 * reason of the firm's list that is not hidden (a hidden one may stay on a loss that had it), the
 * texts within their length.
 */
export function clientLossProblems(
  loss: ClientLossInput,
  context: {
    today: string;
    clientSince: string | null;
    reasons: readonly LostReasonChoice[];
    /** The reason the loss had before a change: it may keep it even when hidden since. */
    reasonBefore?: string | undefined;
  },
): Problem<ClientLossProblemCode>[] {
  const problems: Problem<ClientLossProblemCode>[] = [];
  if (loss.lostOn > context.today) problems.push({ code: 'lost_on_in_future', path: ['lostOn'] });
  else if (context.clientSince && loss.lostOn < context.clientSince)
    problems.push({ code: 'lost_on_before_client_since', path: ['lostOn'] });
  const reason = context.reasons.find((r) => r.id === loss.reasonId);
  if (!reason) problems.push({ code: 'reason_unknown', path: ['reasonId'] });
  else if (reason.hidden && reason.id !== context.reasonBefore)
    problems.push({ code: 'reason_hidden', path: ['reasonId'] });
  if ((loss.text ?? '').length > clientLossLimits.textLength)
    problems.push({ code: 'text_too_long', path: ['text'] });
  if ((loss.told ?? '').length > clientLossLimits.textLength)
    problems.push({ code: 'told_too_long', path: ['told'] });
  return problems;
}

/**
 * A win-back: the client became a client again after the loss, on a day after it was lost and not
 * after the firm's day. Null when the day is fine, else why not.
 */
export function wonBackProblem(
  lostOn: string,
  wonBackOn: string,
  today: string,
): 'won_back_not_after_loss' | 'won_back_in_future' | null {
  if (wonBackOn <= lostOn) return 'won_back_not_after_loss';
  if (wonBackOn > today) return 'won_back_in_future';
  return null;
}
