import { describe, expect, it } from 'vitest';
import { invites, unansweredInvitations } from './invitations.ts';

describe('invitations a client does not react to', () => {
  const today = '2025-06-30';

  it('counts the latest invitations in a row that nobody invited answered', () => {
    const result = unansweredInvitations(
      [
        { onDate: '2025-01-15', responses: ['accepted'] },
        { onDate: '2025-03-10', responses: [null, null] },
        { onDate: '2025-05-20', responses: [null] },
      ],
      today,
    );
    expect(result).toEqual({ count: 2, since: '2025-03-10' });
  });

  it('takes a decline as a reaction, and stops counting at it', () => {
    expect(
      unansweredInvitations(
        [
          { onDate: '2025-03-10', responses: [null] },
          { onDate: '2025-05-20', responses: [null, 'declined'] },
        ],
        today,
      ),
    ).toEqual({ count: 0, since: null });
  });

  it('waits two weeks before an invitation counts, and passes over one without invitees', () => {
    expect(
      unansweredInvitations(
        [
          { onDate: '2025-05-01', responses: [null] },
          { onDate: '2025-06-01', responses: [] },
          { onDate: '2025-06-20', responses: [null] },
        ],
        today,
      ),
    ).toEqual({ count: 1, since: '2025-05-01' });
  });

  it('records answers for invitations only: an event lists who came', () => {
    expect(invites('invitation')).toBe(true);
    expect(invites('event')).toBe(false);
    expect(invites('visit')).toBe(false);
  });
});
