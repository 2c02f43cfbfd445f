import { describe, expect, it } from 'vitest';
import { giftChecklist, giftRequirementKeys, giftWarnings, type RegisteredGift } from './gifts.ts';

const gift: RegisteredGift = {
  id: 'g2',
  contactId: 'jan',
  date: '2025-12-18',
  occasion: 'christmas',
  valueCents: 45_00,
};
const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('giftWarnings', () => {
  const base = {
    gift,
    policy: 'yearlyPersonalGift' as const,
    valueLimitCents: 50_00,
    otherGifts: [],
  };
  it('finds nothing wrong with a fitting gift under the limit', () => {
    expect(giftWarnings(base)).toEqual([]);
    expect(giftWarnings({ ...base, valueLimitCents: 45_00 })).toEqual([]);
  });
  it('warns above the firm’s limit and when the category’s policy says none', () => {
    expect(codes(giftWarnings({ ...base, valueLimitCents: 44_99, policy: 'none' }))).toEqual([
      'above_value_limit',
      'policy_says_none',
    ]);
  });
  it('checks no policy for a client without a category', () => {
    expect(giftWarnings({ ...base, policy: null })).toEqual([]);
  });
  it('allows only the New Year under a greeting policy', () => {
    expect(codes(giftWarnings({ ...base, policy: 'newYearsGreeting' }))).toEqual([
      'beyond_greeting_policy',
    ]);
    const greeting = { ...gift, occasion: 'newYear' };
    expect(giftWarnings({ ...base, gift: greeting, policy: 'newYearsGreeting' })).toEqual([]);
  });
  it('warns about the same occasion within a year, not a year later to the day', () => {
    const lastYear = { ...gift, id: 'g1', date: '2024-12-19' };
    expect(giftWarnings({ ...base, otherGifts: [lastYear, gift] })).toEqual([
      { code: 'same_occasion_within_a_year', otherGiftId: 'g1' },
    ]);
    const aYearAgo = { ...lastYear, date: '2024-12-18' };
    expect(giftWarnings({ ...base, otherGifts: [aYearAgo] })).toEqual([]);
  });
  it('warns about any gift to the same contact within 90 days, others’ gifts aside', () => {
    const thanks = { ...gift, id: 'g0', occasion: 'thanks', date: '2025-09-20' };
    const toColleague = { ...thanks, id: 'g9', contactId: 'piet' };
    expect(giftWarnings({ ...base, otherGifts: [thanks, toColleague] })).toEqual([
      { code: 'recent_gift', otherGiftId: 'g0' },
    ]);
    expect(giftWarnings({ ...base, otherGifts: [thanks], recentGiftDays: 89 })).toEqual([]);
  });
  it('refuses a value that is not whole cents', () => {
    expect(() => giftWarnings({ ...base, gift: { ...gift, valueCents: -1 } })).toThrow(
      /whole cents/,
    );
  });
});

describe('giftChecklist', () => {
  it('lists the six requirements in order, each ticked or not', () => {
    const checklist = giftChecklist(['doesNotEmbarrass', 'recipientsTaste']);
    expect(checklist.map((item) => item.requirement)).toEqual([...giftRequirementKeys]);
    expect(checklist.filter((item) => item.met).map((item) => item.requirement)).toEqual([
      'recipientsTaste',
      'doesNotEmbarrass',
    ]);
    expect(giftRequirementKeys).toHaveLength(6);
  });
});
