import { describe, expect, it } from 'vitest';
import { thankYousDue, thankYouWithinDays } from './thank-you.ts';

const noord = { organizationId: 'noord', referrerOrganizationId: 'atlas', startedOn: '2026-03-02' };

describe('reward ambassadors for their role (method §10)', () => {
  it('a client Atlas referred started on 2 March: Atlas is to be thanked by 16 March, with a person-P activity', () => {
    expect(thankYouWithinDays).toBe(14);
    expect(thankYousDue([noord], [], '2026-03-05')).toEqual([
      {
        referredOrganizationId: 'noord',
        referrerOrganizationId: 'atlas',
        dueFrom: '2026-03-02',
        dueOn: '2026-03-16',
      },
    ]);
    const call = {
      organizationId: 'atlas',
      p: 'person' as const,
      status: 'done',
      onDate: '2026-03-09',
    };
    expect(thankYousDue([noord], [call], '2026-03-20')).toEqual([]);
  });

  it('a planned thank-you, a project-P meeting or a thank-you before the start does not count', () => {
    const activities = [
      { organizationId: 'atlas', p: 'person' as const, status: 'planned', onDate: '2026-03-09' },
      { organizationId: 'atlas', p: 'project' as const, status: 'done', onDate: '2026-03-09' },
      { organizationId: 'atlas', p: 'person' as const, status: 'done', onDate: '2026-03-01' },
      { organizationId: 'boreas', p: 'person' as const, status: 'done', onDate: '2026-03-09' },
    ];
    expect(thankYousDue([noord], activities, '2026-03-20')).toHaveLength(1);
  });

  it('owes nothing for a referral that is not a client yet, starts later or started over a year ago', () => {
    const referred = [
      { ...noord, startedOn: null },
      { ...noord, startedOn: '2026-04-01' },
      { ...noord, startedOn: '2025-03-01' },
    ];
    expect(thankYousDue(referred, [], '2026-03-20')).toEqual([]);
  });
});
