import { describe, expect, it } from 'vitest';
import { presetServiceConcepts } from './service-presets.ts';
import { yearlyDutyChecks } from './yearly-duties.ts';

describe('yearlyDutyChecks', () => {
  const [major, fieldSales] = presetServiceConcepts('expressDelivery');
  if (major === undefined || fieldSales === undefined) throw new Error('the preset has three');
  it('lists only what the concept requires, each done or not', () => {
    const done = {
      revenueForecast: true,
      evaluationConversation: false,
      accountPlan: true,
      mailing: false,
      giftOrGreeting: false,
    };
    expect(yearlyDutyChecks(major, done)).toEqual([
      { duty: 'revenueForecast', done: true },
      { duty: 'evaluationConversation', done: false },
      { duty: 'accountPlan', done: true },
    ]);
    expect(yearlyDutyChecks(fieldSales, done)).toEqual([]);
  });
});
