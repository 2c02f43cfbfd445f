import { describe, expect, test } from 'vitest';
import type { Proposal } from './proposalBoard.ts';
import { dialogField, proposalInput, proposalValues, valueCents } from './proposalDraft.ts';

const lost: Proposal = {
  id: '00000000-0000-4000-8000-000000000001',
  organizationId: '00000000-0000-4000-8000-000000000002',
  organizationName: 'Atlas Bouw',
  title: 'Jaarrekening 2026',
  stage: 'lost',
  requestedOn: '2026-11-02',
  sentOn: '2026-11-04',
  decidedOn: '2026-11-20',
  valueCents: 1_250_050,
  lostReason: 'Te duur',
  ownerId: '00000000-0000-4000-8000-000000000003',
  ownerName: 'Eva',
  angle: 'relationshipMaintenance',
  position: 0,
  category: 'A',
  turnaround: {
    normWorkingDays: 2,
    deadline: '2026-11-03',
    workingDaysTaken: 3,
    status: 'late',
    workingDaysOverdue: 1,
  },
};

describe('proposalValues', () => {
  test('a new proposal is a request of today owned by the user', () => {
    const values = proposalValues({ today: '2026-11-26', me: 'u1', language: 'nl' });
    expect(values).toMatchObject({ stage: 'request', requestedOn: '2026-11-26', ownerId: 'u1' });
  });

  test("a proposal's own values, the value in the user's language", () => {
    const values = proposalValues({
      proposal: lost,
      today: '2026-11-26',
      me: 'u1',
      language: 'nl',
    });
    expect(values).toMatchObject({
      value: '12.500,50',
      sentOn: '2026-11-04',
      lostReason: 'Te duur',
    });
    expect(proposalValues({ proposal: lost, today: '', me: '', language: 'en' }).value).toBe(
      '12,500.50',
    );
  });
});

describe('proposalInput', () => {
  const values = proposalValues({ proposal: lost, today: '2026-11-26', me: 'u1', language: 'nl' });

  test('a lost proposal keeps its days and reason', () => {
    expect(proposalInput(values, 'nl')).toMatchObject({
      stage: 'lost',
      sentOn: '2026-11-04',
      decidedOn: '2026-11-20',
      valueCents: 1_250_050,
      lostReason: 'Te duur',
    });
  });

  test('moved back to drafting, the days and reason it no longer has are cleared', () => {
    expect(proposalInput({ ...values, stage: 'drafting' }, 'nl')).toMatchObject({
      sentOn: null,
      decidedOn: null,
      lostReason: null,
    });
  });

  test('sent without a day: the server takes today', () => {
    expect(proposalInput({ ...values, stage: 'sent', sentOn: '' }, 'nl')).toMatchObject({
      sentOn: null,
      decidedOn: null,
    });
  });

  test('an empty value is none; a value that cannot be read is NaN, for the form to refuse', () => {
    expect(proposalInput({ ...values, value: ' ' }, 'nl').valueCents).toBeNull();
    expect(valueCents('twaalf', 'nl')).toBeNaN();
    expect(valueCents('-5', 'nl')).toBeNaN();
    expect(valueCents('1.250', 'nl')).toBe(125_000);
  });
});

test("dialogField: the API's value in cents is the dialog's value", () => {
  expect(dialogField('valueCents')).toBe('value');
  expect(dialogField('lostReason')).toBe('lostReason');
  expect(dialogField('position')).toBeNull();
});
