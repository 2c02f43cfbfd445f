// A relationship activity as the dialog holds it (method.md §6): the P suggested from the type
// as the user picks it, the typed amounts read in the user's language, and where an activity
// and its follow-up stand against today.
import type { ActivityStatus } from '../../core/servicing/activity-input.ts';
import { suggestedP, type ActivityType, type FourP } from '../../core/servicing/four-ps.ts';
import type { RecordedDutyKey } from '../../core/servicing/yearly-duties.ts';
import type { Schemas } from '../api/client.ts';
import type { Language } from '../format.ts';
import { formatHundredths, parseHundredths } from '../ui/amountText.ts';

export type Activity = Schemas['Activity'];
export type ActivityInput = Schemas['ActivityCreate'];

export type ActivityValues = {
  type: ActivityType;
  p: FourP | null;
  status: ActivityStatus;
  onDate: string;
  subject: string;
  notes: string;
  minutes: string;
  cost: string;
  followUpOn: string;
  followUpNote: string;
  duty: RecordedDutyKey | null;
  contactIds: string[];
  professionalIds: string[];
};

/**
 * The P after the user picks another type: the new type's suggestion while the P is still the
 * old type's suggestion; a P the user chose or cleared stays as it is.
 */
export function pAfterTypeChange(
  current: { type: ActivityType; p: FourP | null },
  nextType: ActivityType,
): FourP | null {
  return current.p === suggestedP(current.type) ? suggestedP(nextType) : current.p;
}

/** The dialog's starting values: a visit done today, or the activity's own values. */
export function activityValues(args: {
  activity?: Activity | undefined;
  today: string;
  me: string;
  language: Language;
}): ActivityValues {
  const a = args.activity;
  if (!a) {
    return {
      type: 'visit',
      p: suggestedP('visit'),
      status: 'done',
      onDate: args.today,
      subject: '',
      notes: '',
      minutes: '',
      cost: '',
      followUpOn: '',
      followUpNote: '',
      duty: null,
      contactIds: [],
      professionalIds: [args.me],
    };
  }
  return {
    type: a.type,
    p: a.p,
    status: a.status,
    onDate: a.onDate,
    subject: a.subject,
    notes: a.notes ?? '',
    minutes: a.minutes === null ? '' : String(a.minutes),
    cost: a.costCents === null ? '' : formatHundredths(a.costCents, args.language, { fixed: true }),
    followUpOn: a.followUpOn ?? '',
    followUpNote: a.followUpNote ?? '',
    duty: a.duty,
    contactIds: a.contacts.map((contact) => contact.id),
    professionalIds: a.professionals.map((professional) => professional.id),
  };
}

/** Whole minutes typed, or null when empty; NaN when it is not a whole number. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** What the API receives; the amounts are checked by the form before. */
export function activityInput(values: ActivityValues, language: Language): ActivityInput {
  const cost = values.cost.trim() === '' ? null : parseHundredths(values.cost, language).value;
  return {
    type: values.type,
    p: values.p,
    status: values.status,
    onDate: values.onDate,
    subject: values.subject.trim(),
    notes: values.notes.trim() || null,
    minutes: parseMinutes(values.minutes),
    costCents: cost,
    followUpOn: values.followUpOn || null,
    followUpNote: values.followUpNote.trim() || null,
    duty: values.duty,
    contactIds: values.contactIds,
    professionalIds: values.professionalIds,
  };
}

/** The API's field names as the dialog's: the cost is typed as an amount, not in cents. */
export function dialogField(apiField: string): keyof ActivityValues | null {
  if (apiField === 'costCents') return 'cost';
  const field = apiField.split('.')[0] ?? '';
  const known: readonly string[] = [
    'type',
    'p',
    'status',
    'onDate',
    'subject',
    'notes',
    'minutes',
    'followUpOn',
    'followUpNote',
    'duty',
    'contactIds',
    'professionalIds',
  ];
  return known.includes(field) ? (field as keyof ActivityValues) : null;
}

export type ActivityTiming = 'done' | 'planned' | 'overdue';

/** A planned activity whose day has passed is overdue, not wrong. */
export function activityTiming(
  activity: Pick<Activity, 'status' | 'onDate'>,
  today: string,
): ActivityTiming {
  if (activity.status === 'done') return 'done';
  return activity.onDate < today ? 'overdue' : 'planned';
}

export type FollowUpTiming = 'open' | 'overdue' | 'done';

export function followUpTiming(
  activity: Pick<Activity, 'followUpOn' | 'followUpDoneAt'>,
  today: string,
): FollowUpTiming | null {
  if (activity.followUpOn === null) return null;
  if (activity.followUpDoneAt !== null) return 'done';
  return activity.followUpOn < today ? 'overdue' : 'open';
}
