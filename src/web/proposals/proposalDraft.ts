// A proposal as its dialog holds it: the value typed in the user's language, and the days a stage
// does not have left out of what is sent, so the server fills in or clears them (method.md §11).
import type { AcquisitionAngle, ProposalStage } from '../../core/servicing/proposal-stages.ts';
import type { Schemas } from '../api/client.ts';
import type { Language } from '../format.ts';
import { formatHundredths, parseHundredths } from '../ui/amountText.ts';
import type { Proposal } from './proposalBoard.ts';

export type ProposalInput = Schemas['ProposalCreate'];

export type ProposalValues = {
  title: string;
  stage: ProposalStage;
  requestedOn: string;
  sentOn: string;
  decidedOn: string;
  value: string;
  ownerId: string | null;
  angle: AcquisitionAngle | null;
  lostReason: string;
};

/** Whether a stage has a day it was sent (lost may have one: lost after sending). */
export const hasSentDay = (stage: ProposalStage) =>
  stage === 'sent' || stage === 'won' || stage === 'lost';
export const isDecided = (stage: ProposalStage) => stage === 'won' || stage === 'lost';

/** The dialog's starting values: a request of today owned by the user, or the proposal's own. */
export function proposalValues(args: {
  proposal?: Proposal | undefined;
  today: string;
  me: string;
  language: Language;
}): ProposalValues {
  const p = args.proposal;
  if (!p) {
    return {
      title: '',
      stage: 'request',
      requestedOn: args.today,
      sentOn: '',
      decidedOn: '',
      value: '',
      ownerId: args.me,
      angle: null,
      lostReason: '',
    };
  }
  return {
    title: p.title,
    stage: p.stage,
    requestedOn: p.requestedOn,
    sentOn: p.sentOn ?? '',
    decidedOn: p.decidedOn ?? '',
    value:
      p.valueCents === null ? '' : formatHundredths(p.valueCents, args.language, { fixed: true }),
    ownerId: p.ownerId,
    angle: p.angle,
    lostReason: p.lostReason ?? '',
  };
}

/** The typed value in cents, null when empty, NaN when it cannot be read. */
export function valueCents(text: string, language: Language): number | null {
  if (text.trim() === '') return null;
  const parsed = parseHundredths(text, language);
  return parsed.value === null || parsed.value < 0 ? Number.NaN : parsed.value;
}

/**
 * What the API receives. A day the stage does not have is sent as null; an empty day the stage
 * has is left to the server, which takes today.
 */
export function proposalInput(values: ProposalValues, language: Language): ProposalInput {
  const { stage } = values;
  return {
    title: values.title.trim(),
    stage,
    requestedOn: values.requestedOn,
    sentOn: hasSentDay(stage) ? values.sentOn || null : null,
    decidedOn: isDecided(stage) ? values.decidedOn || null : null,
    valueCents: valueCents(values.value, language),
    ownerId: values.ownerId,
    angle: values.angle,
    lostReason: stage === 'lost' ? values.lostReason.trim() || null : null,
  };
}

/** The API's field names as the dialog's: the value is typed as an amount, not in cents. */
export function dialogField(apiField: string): keyof ProposalValues | null {
  if (apiField === 'valueCents') return 'value';
  const known: readonly string[] = [
    'title',
    'stage',
    'requestedOn',
    'sentOn',
    'decidedOn',
    'ownerId',
    'angle',
    'lostReason',
  ];
  return known.includes(apiField) ? (apiField as keyof ProposalValues) : null;
}
