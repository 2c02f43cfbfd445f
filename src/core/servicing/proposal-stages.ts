// A proposal's way through the acquisition process (method.md §5 and §11): requested, drafted,
// sent, won or lost. Moving it to a stage fills in the days that stage implies, and its dates
// must hold together.
import { invalidField } from '../errors.ts';
import { dayNumberOf } from './calendar-days.ts';

/** The columns of the proposal board, in the order a proposal goes through them. */
export const proposalStages = ['request', 'drafting', 'sent', 'won', 'lost'] as const;
export type ProposalStage = (typeof proposalStages)[number];

/** The four ways to win assignments of method.md §11. */
export const acquisitionAngles = [
  'runningAssignments',
  'relationshipMaintenance',
  'newClients',
  'newServices',
] as const;
export type AcquisitionAngle = (typeof acquisitionAngles)[number];

export type ProposalDates = {
  stage: ProposalStage;
  requestedOn: string;
  /** The day it was sent; null before. */
  sentOn: string | null;
  /** The day it was won or lost; null while undecided. */
  decidedOn: string | null;
  lostReason: string | null;
};

const decided = (stage: ProposalStage) => stage === 'won' || stage === 'lost';

/**
 * The proposal in its (new) stage with the days that stage implies: sent today when it reaches
 * sent without a day, decided today when won or lost without one; a day that no longer fits the
 * stage (sent while back in drafting, decided while open again) is cleared, and a lost reason
 * belongs to a lost proposal only. A proposal may be lost without ever being sent.
 */
export function inStage(proposal: ProposalDates, today: string): ProposalDates {
  const { stage } = proposal;
  const sentOn =
    stage === 'request' || stage === 'drafting'
      ? null
      : (proposal.sentOn ?? (stage === 'sent' || stage === 'won' ? today : null));
  return {
    ...proposal,
    sentOn,
    decidedOn: decided(stage) ? (proposal.decidedOn ?? today) : null,
    lostReason: stage === 'lost' ? proposal.lostReason : null,
  };
}

/**
 * Refuses a value the client gave that its (new) stage has no place for, instead of clearing it
 * in silence: a day it was sent on a proposal still in request or drafting, a day it was decided
 * on an open one, a reason it was lost on one that is not lost. Values already stored are still
 * cleared by `inStage` when the proposal moves back; this is about what the client sends.
 */
export function checkGivenForStage(
  given: { sentOn?: string | null; decidedOn?: string | null; lostReason?: string | null },
  stage: ProposalStage,
): void {
  if (given.sentOn != null && (stage === 'request' || stage === 'drafting'))
    throw invalidField('sentOn', `a proposal in ${stage} has not been sent; leave the day out`, {
      code: 'notInStage',
    });
  if (given.decidedOn != null && !decided(stage))
    throw invalidField('decidedOn', `a proposal in ${stage} is not decided; leave the day out`, {
      code: 'notInStage',
    });
  if ((given.lostReason ?? '').trim() !== '' && stage !== 'lost')
    throw invalidField('lostReason', `only a lost proposal has a reason it was lost`, {
      code: 'notInStage',
    });
}

/**
 * Refuses dates that cannot be: sent before it was requested, decided before it was sent or
 * requested, anything after today; and a lost proposal without its reason.
 */
export function checkProposal(proposal: ProposalDates, today: string): void {
  const day = (value: string, field: string) => {
    const number = dayNumberOf(value, field);
    if (number > dayNumberOf(today, 'today'))
      throw invalidField(field, 'cannot be after today', { code: 'afterToday' });
    return number;
  };
  const requested = day(proposal.requestedOn, 'requestedOn');
  const sent = proposal.sentOn === null ? null : day(proposal.sentOn, 'sentOn');
  if (sent !== null && sent < requested)
    throw invalidField('sentOn', 'cannot be before the day it was requested', {
      code: 'beforeRequest',
    });
  if (proposal.decidedOn !== null) {
    const decidedDay = day(proposal.decidedOn, 'decidedOn');
    if (decidedDay < (sent ?? requested))
      throw invalidField('decidedOn', 'cannot be before the day it was sent or requested', {
        code: 'beforeSentOrRequest',
      });
  }
  if (proposal.stage === 'lost' && (proposal.lostReason ?? '').trim() === '')
    throw invalidField('lostReason', 'say why the proposal was lost', { code: 'lostReason' });
}
