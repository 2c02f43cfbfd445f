// Gifts to relations (relatiegeschenken), method.md §6: the register is checked against the firm's
// value limit and the category's gift policy, and warns about repeats; a planned gift is held to
// the method's six requirements as a checklist.
import { invalidField } from '../errors.ts';
import { calendarDaysBetween, sameDayYearEarlier } from './calendar-days.ts';
import type { GiftPolicy } from './service-concept.ts';

/** The six requirements of a good gift; the web holds their texts. */
export const giftRequirementKeys = [
  'recipientsTaste',
  'qualityAndDurability',
  'standsOutAndSurprises',
  'doesNotEmbarrass',
  'personalAndFitting',
  'lastingReminder',
] as const;
export type GiftRequirementKey = (typeof giftRequirementKeys)[number];

/** Occasions the web offers; a firm may record its own key. */
export const giftOccasions = [
  'newYear',
  'christmas',
  'birthday',
  'anniversary',
  'thanks',
  'assignmentCompleted',
  'other',
] as const;

export type RegisteredGift = {
  id: string;
  contactId: string;
  date: string;
  occasion: string;
  valueCents: number;
};

/** Any other gift to the same contact closer than this many days is a warning by default. */
export const defaultRecentGiftDays = 90;

export type GiftWarningCode =
  | 'above_value_limit'
  | 'policy_says_none'
  | 'beyond_greeting_policy'
  | 'same_occasion_within_a_year'
  | 'recent_gift';

export type GiftWarning = {
  code: GiftWarningCode;
  /** The other gift a repeat is about; null for the other warnings. */
  otherGiftId: string | null;
};

/**
 * What to warn about in a gift: worth more than the firm's limit (equal is allowed); to a client
 * whose policy says none; under a New Year's greeting policy, at another occasion; to the same
 * contact at the same occasion less than a year apart; or to the same contact within
 * `recentGiftDays` of another gift (each other gift once, with the first code that applies).
 */
export function giftWarnings(input: {
  gift: RegisteredGift;
  /** The category's gift policy; null: the client has no category, so no policy holds yet. */
  policy: GiftPolicy | null;
  /** The firm's limit per gift in cents; null: none. */
  valueLimitCents: number | null;
  /** The register's other gifts; the gift itself may be among them. */
  otherGifts: readonly RegisteredGift[];
  recentGiftDays?: number;
}): GiftWarning[] {
  const { gift, policy, valueLimitCents, recentGiftDays = defaultRecentGiftDays } = input;
  if (!Number.isSafeInteger(gift.valueCents) || gift.valueCents < 0)
    throw invalidField('valueCents', `must be whole cents, 0 or more, got ${gift.valueCents}`);
  const warnings: GiftWarning[] = [];
  const warn = (code: GiftWarningCode, otherGiftId: string | null = null) =>
    warnings.push({ code, otherGiftId });
  if (valueLimitCents !== null && gift.valueCents > valueLimitCents) warn('above_value_limit');
  if (policy === 'none') warn('policy_says_none');
  if (policy === 'newYearsGreeting' && gift.occasion !== 'newYear') warn('beyond_greeting_policy');
  for (const other of input.otherGifts) {
    if (other.id === gift.id || other.contactId !== gift.contactId) continue;
    const [earlier, later] = other.date <= gift.date ? [other, gift] : [gift, other];
    if (other.occasion === gift.occasion && earlier.date > sameDayYearEarlier(later.date))
      warn('same_occasion_within_a_year', other.id);
    else if (Math.abs(calendarDaysBetween(other.date, gift.date)) < recentGiftDays)
      warn('recent_gift', other.id);
  }
  return warnings;
}

export type GiftChecklistItem = { requirement: GiftRequirementKey; met: boolean };

/** The six requirements, each ticked or not, in the method's order. */
export function giftChecklist(ticked: readonly GiftRequirementKey[]): GiftChecklistItem[] {
  const met = new Set(ticked);
  return giftRequirementKeys.map((requirement) => ({ requirement, met: met.has(requirement) }));
}
