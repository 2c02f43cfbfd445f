import { describe, expect, test } from 'vitest';
import { callBackInput, callBackValues, callerGiven } from './callBackDraft.ts';

describe('callBackValues', () => {
  test("a call of today for the client's relationship manager", () => {
    expect(callBackValues({ today: '2026-11-26', me: 'u1', relationshipManagerId: 'rm' })).toEqual({
      contactId: null,
      callerName: '',
      calledOn: '2026-11-26',
      forUserId: 'rm',
      note: '',
    });
  });

  test('for the user when the client has no relationship manager', () => {
    expect(
      callBackValues({ today: '2026-11-26', me: 'u1', relationshipManagerId: null }).forUserId,
    ).toBe('u1');
  });
});

describe('callBackInput', () => {
  const base = callBackValues({ today: '2026-11-26', me: 'u1', relationshipManagerId: null });

  test('a contact person who called: a name typed before is not sent', () => {
    expect(callBackInput({ ...base, contactId: 'c1', callerName: 'Piet' })).toEqual({
      contactId: 'c1',
      callerName: null,
      calledOn: '2026-11-26',
      forUserId: 'u1',
      note: null,
    });
  });

  test('someone else: the name, trimmed, and the note', () => {
    expect(
      callBackInput({ ...base, callerName: ' Piet de Vries ', note: ' Over de aangifte ' }),
    ).toMatchObject({ contactId: null, callerName: 'Piet de Vries', note: 'Over de aangifte' });
  });
});

test('callerGiven: a contact person or a name', () => {
  expect(callerGiven({ contactId: null, callerName: '  ' })).toBe(false);
  expect(callerGiven({ contactId: null, callerName: 'Piet' })).toBe(true);
  expect(callerGiven({ contactId: 'c1', callerName: '' })).toBe(true);
});
