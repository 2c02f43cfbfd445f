import { describe, expect, test } from 'vitest';
import {
  activityInput,
  activityTiming,
  activityValues,
  dialogField,
  followUpTiming,
  pAfterTypeChange,
  parseMinutes,
} from './activityDraft.ts';

describe('pAfterTypeChange', () => {
  test("follows the type while the P is the old type's suggestion", () => {
    expect(pAfterTypeChange({ type: 'visit', p: 'person' }, 'meeting')).toBe('project');
    expect(pAfterTypeChange({ type: 'meeting', p: 'project' }, 'gift')).toBe('person');
    expect(pAfterTypeChange({ type: 'gift', p: 'person' }, 'other')).toBeNull();
    expect(pAfterTypeChange({ type: 'other', p: null }, 'mailing')).toBe('process');
  });

  test('keeps a P the user chose or cleared', () => {
    expect(pAfterTypeChange({ type: 'visit', p: 'partnership' }, 'gift')).toBe('partnership');
    expect(pAfterTypeChange({ type: 'visit', p: null }, 'meeting')).toBeNull();
  });
});

describe('activityInput', () => {
  const base = activityValues({ today: '2026-11-26', me: 'u1', language: 'nl' });

  test('a new activity is a visit done today by the user, P person', () => {
    expect(base).toMatchObject({
      type: 'visit',
      p: 'person',
      status: 'done',
      onDate: '2026-11-26',
      professionalIds: ['u1'],
    });
  });

  test('reads the amount in the language and leaves empty fields null', () => {
    const input = activityInput(
      { ...base, subject: '  Lunch ', cost: '1.234,5', minutes: '90', notes: ' ' },
      'nl',
    );
    expect(input).toEqual({
      type: 'visit',
      p: 'person',
      status: 'done',
      onDate: '2026-11-26',
      subject: 'Lunch',
      notes: null,
      minutes: 90,
      costCents: 123_450,
      followUpOn: null,
      followUpNote: null,
      duty: null,
      contactIds: [],
      professionalIds: ['u1'],
    });
    expect(activityInput({ ...base, cost: '1,234.5' }, 'en').costCents).toBe(123_450);
    expect(activityInput({ ...base, cost: '' }, 'en').costCents).toBeNull();
  });

  test("an activity's values come back as typed", () => {
    const values = activityValues({
      activity: {
        id: 'a',
        organizationId: 'o',
        type: 'gift',
        p: null,
        status: 'planned',
        onDate: '2026-12-20',
        subject: 'Christmas',
        notes: null,
        minutes: null,
        costCents: 4_500,
        followUpOn: null,
        followUpNote: null,
        followUpDoneAt: null,
        duty: 'accountPlan',
        clientLossId: null,
        contacts: [{ id: 'c1', displayName: 'Anna', response: null }],
        professionals: [],
        createdBy: null,
        createdAt: '',
        updatedAt: '',
      },
      today: '2026-11-26',
      me: 'u1',
      language: 'nl',
    });
    expect(values).toMatchObject({ p: null, cost: '45,00', contactIds: ['c1'], minutes: '' });
  });
});

test('parseMinutes', () => {
  expect(parseMinutes(' ')).toBeNull();
  expect(parseMinutes('45')).toBe(45);
  expect(parseMinutes('4.5')).toBeNaN();
});

test('dialogField maps the cost in cents to the amount typed', () => {
  expect(dialogField('costCents')).toBe('cost');
  expect(dialogField('followUpOn')).toBe('followUpOn');
  expect(dialogField('contactIds.0')).toBe('contactIds');
  expect(dialogField('organizationId')).toBeNull();
});

test('a planned activity in the past is overdue; a follow-up likewise until done', () => {
  const today = '2026-11-26';
  expect(activityTiming({ status: 'planned', onDate: '2026-11-25' }, today)).toBe('overdue');
  expect(activityTiming({ status: 'planned', onDate: today }, today)).toBe('planned');
  expect(activityTiming({ status: 'done', onDate: '2020-01-01' }, today)).toBe('done');
  expect(followUpTiming({ followUpOn: null, followUpDoneAt: null }, today)).toBeNull();
  expect(followUpTiming({ followUpOn: '2026-11-01', followUpDoneAt: null }, today)).toBe('overdue');
  expect(followUpTiming({ followUpOn: '2026-12-01', followUpDoneAt: null }, today)).toBe('open');
  expect(followUpTiming({ followUpOn: '2026-11-01', followUpDoneAt: 'x' }, today)).toBe('done');
});
