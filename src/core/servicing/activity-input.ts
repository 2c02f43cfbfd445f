// What makes a relationship activity's input hold together (method.md §6): the P it is stored
// with, and its dates against each other and against today.
import { invalidField } from '../errors.ts';
import { dayNumberOf } from './calendar-days.ts';
import { suggestedP, type ActivityType, type FourP } from './four-ps.ts';

export const activityStatuses = ['planned', 'done'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/**
 * The P to store: the one the user gave, null when the user said "no P", and the type's suggested
 * P when the user did not say (undefined).
 */
export function activityP(type: ActivityType, p: FourP | null | undefined): FourP | null {
  return p === undefined ? suggestedP(type) : p;
}

/**
 * Refuses dates that cannot be: a follow-up before the activity, or an activity done after today.
 * A planned activity may lie in the past: it is then overdue, not wrong.
 */
export function checkActivityDates(activity: {
  status: ActivityStatus;
  onDate: string;
  followUpOn: string | null;
  today: string;
}): void {
  const on = dayNumberOf(activity.onDate, 'onDate');
  if (activity.status === 'done' && on > dayNumberOf(activity.today, 'today'))
    throw invalidField('onDate', 'a done activity cannot be dated after today', {
      code: 'doneAfterToday',
    });
  if (activity.followUpOn !== null && dayNumberOf(activity.followUpOn, 'followUpOn') < on)
    throw invalidField('followUpOn', 'cannot be before the date of the activity', {
      code: 'beforeActivity',
    });
}
