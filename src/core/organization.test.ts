import { expect, test } from 'vitest';
import { clientUntilAfter } from './organization.ts';

const today = '2027-01-01';

test('a client that becomes a former client was one until the firm’s day it changed', () => {
  expect(
    clientUntilAfter({ status: 'client', clientUntil: null }, { status: 'former' }, today),
  ).toBe(today);
  // unless the day is given
  expect(
    clientUntilAfter(
      { status: 'client', clientUntil: null },
      { status: 'former', clientUntil: '2026-06-30' },
      today,
    ),
  ).toBe('2026-06-30');
});

test('a former client keeps its day, which can be corrected, and loses it as a client again', () => {
  const former = { status: 'former' as const, clientUntil: '2026-06-30' };
  expect(clientUntilAfter(former, {}, today)).toBe('2026-06-30');
  expect(clientUntilAfter(former, { clientUntil: '2026-05-31' }, today)).toBe('2026-05-31');
  expect(clientUntilAfter(former, { status: 'client' }, today)).toBeNull();
  // a prospect that is marked former was never a client
  expect(
    clientUntilAfter({ status: 'prospect', clientUntil: null }, { status: 'former' }, today),
  ).toBeNull();
});
