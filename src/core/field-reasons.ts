// Why a field is refused, as a code a client can say in the user's language. The general ones
// come from the kind of check (a length, a number, a format); a schema's own check names its
// reason, e.g. kvkNumber for "must be 8 digits".
export const fieldReasonCodes = [
  'required',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'atLeast',
  'moreThan',
  'atMost',
  'lessThan',
  'number',
  'wholeNumber',
  'text',
  'trueOrFalse',
  'date',
  'email',
  'url',
  'format',
  'oneOf',
  'multipleOf',
  'unknownFields',
  'invalid',
  // a schema's own checks
  'realDate',
  'kvkNumber',
  'website',
  'phone',
  'inTheFuture',
  'tooLongAgo',
  'noRepeats',
  'twoDecimals',
  'columnMapping',
  'rowNumbers',
  // the rules of relationship activities, call-backs, proposals, gifts and account teams
  'afterToday',
  'doneAfterToday',
  'beforeCall',
  'beforeRequest',
  'beforeSentOrRequest',
  'beforeActivity',
  'beforeFrom',
  'lostReason',
  'whoCalled',
  'notAContact',
  'notAnInvitation',
  'notAProfessional',
  'cannotSignIn',
  'namedTwice',
  'oneLead',
  'noFollowUp',
  'notInStage',
  // the steps of a complaint
  'stepSkipped',
  'beforePreviousStep',
] as const;

export type FieldReasonCode = (typeof fieldReasonCodes)[number];

/** The values each reason's text takes; the others take none. */
export const fieldReasonParams: Partial<Record<FieldReasonCode, readonly string[]>> = {
  tooShort: ['minimum'],
  tooLong: ['maximum'],
  tooFew: ['minimum'],
  tooMany: ['maximum'],
  atLeast: ['minimum'],
  moreThan: ['minimum'],
  atMost: ['maximum'],
  lessThan: ['maximum'],
  multipleOf: ['divisor'],
  unknownFields: ['keys'],
  cannotSignIn: ['name'],
  namedTwice: ['name'],
};

/** The params of a schema's own check that names its reason: { params: ownReason('phone') }. */
export const ownReason = (reason: FieldReasonCode) => ({ reason });
