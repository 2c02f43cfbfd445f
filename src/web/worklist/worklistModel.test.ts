import { describe, expect, test } from 'vitest';
import {
  placeOf,
  actionsFor,
  groupWorklist,
  itemKey,
  plannedContactDay,
  rangeOf,
  tickChanges,
  untilOf,
  worklistGroups,
} from './worklistModel.ts';

const today = '2026-11-26';

describe('the range the list looks ahead', () => {
  test('is read from the URL, today when it names none or an unknown one', () => {
    expect(rangeOf('week')).toBe('week');
    expect(rangeOf('month')).toBe('month');
    expect(rangeOf(null)).toBe('today');
    expect(rangeOf('year')).toBe('today');
  });

  test('ends today, a week or thirty days after today, across a month and a year', () => {
    expect(untilOf('today', today)).toBe(today);
    expect(untilOf('week', today)).toBe('2026-12-03');
    expect(untilOf('month', '2026-12-15')).toBe('2027-01-14');
  });
});

describe('the groups', () => {
  const item = (name: string, dueDate: string, overdue = false) => ({ name, dueDate, overdue });

  test('put overdue, due today and coming items in that order, each as the API ordered it', () => {
    const groups = groupWorklist(
      [
        item('Boreas coming', '2026-11-30'),
        item('Boreas overdue', '2026-11-20', true),
        item('Atlas today', today),
        item('Atlas overdue', '2026-11-25', true),
        // a call-back without a deadline is due, not overdue, from the day it came in
        item('Ceres call-back', '2026-11-02'),
      ],
      today,
    );
    expect(groups.map((g) => [g.group, g.items.map((i) => i.name)])).toEqual([
      ['overdue', ['Boreas overdue', 'Atlas overdue']],
      ['today', ['Atlas today', 'Ceres call-back']],
      ['coming', ['Boreas coming']],
    ]);
  });

  test('leave out the empty ones: nothing due is no group at all', () => {
    expect(groupWorklist([], today)).toEqual([]);
    expect(groupWorklist([item('Atlas', today)], today).map((g) => g.group)).toEqual(['today']);
    expect(worklistGroups).toHaveLength(3);
  });
});

test('each kind has its own one-click action, a personal contact is logged or planned', () => {
  expect(actionsFor('personalContact')).toEqual(['logContact', 'planContact']);
  expect(actionsFor('callBack')).toEqual(['callBackReturned']);
  expect(actionsFor('proposal')).toEqual(['proposalSent']);
  expect(actionsFor('plannedActivity')).toEqual(['activityDone']);
  expect(actionsFor('followUp')).toEqual(['followUpDone']);
});

test('an item is known by its kind and record, a personal contact by its client', () => {
  expect(itemKey({ kind: 'callBack', itemId: 'c1', organizationId: 'o1' })).toBe('callBack:c1');
  expect(itemKey({ kind: 'personalContact', itemId: null, organizationId: 'o1' })).toBe(
    'personalContact:o1',
  );
  // an activity and its own follow-up are two items
  expect(itemKey({ kind: 'followUp', itemId: 'a1', organizationId: 'o1' })).not.toBe(
    itemKey({ kind: 'plannedActivity', itemId: 'a1', organizationId: 'o1' }),
  );
});

test('a contact planned from the list lies a week after today', () => {
  expect(plannedContactDay('2026-12-28')).toBe('2027-01-04');
});

describe('ticking an item off', () => {
  const day = '2026-12-07';
  test('an activity planned for later is held today, and taken back to its planned day', () => {
    expect(tickChanges({ itemId: 'a1', dueDate: '2026-12-10' }, 'activityDone', day)).toEqual({
      forward: { kind: 'activity', id: 'a1', status: 'done', onDate: day },
      back: { kind: 'activity', id: 'a1', status: 'planned', onDate: '2026-12-10' },
    });
  });

  test('an overdue activity is done on the day it was planned', () => {
    expect(
      tickChanges({ itemId: 'a1', dueDate: '2026-12-01' }, 'activityDone', day).forward,
    ).toEqual({ kind: 'activity', id: 'a1', status: 'done', onDate: '2026-12-01' });
  });

  test('a call-back is returned today and can be reopened; a sent proposal has no undo', () => {
    const callBack = tickChanges({ itemId: 'c1', dueDate: day }, 'callBackReturned', day);
    expect(callBack.forward).toEqual({ kind: 'callBack', id: 'c1', returnedOn: day });
    expect(callBack.back).toEqual({ kind: 'callBack', id: 'c1', returnedOn: null });
    expect(tickChanges({ itemId: 'p1', dueDate: day }, 'proposalSent', day)).toEqual({
      forward: { kind: 'proposalSent', id: 'p1', sentOn: day },
      back: null,
    });
    expect(tickChanges({ itemId: 'a1', dueDate: day }, 'followUpDone', day).back).toEqual({
      kind: 'followUp',
      id: 'a1',
      done: false,
    });
  });
});

describe('where an item is dealt with', () => {
  const organizationId = 'o1';
  test('an evaluation on the client’s page, in the dialog for its assignment', () => {
    expect(placeOf({ kind: 'evaluation', itemId: 'a1', organizationId })).toBe(
      '/organizations/o1?evaluate=a1#evaluations',
    );
  });
  test('an improvement plan in the client’s evaluations', () => {
    expect(placeOf({ kind: 'improvementPlan', itemId: 'p1', organizationId })).toBe(
      '/organizations/o1#evaluations',
    );
  });
  test('the rest here, on the list', () => {
    expect(placeOf({ kind: 'callBack', itemId: 'c1', organizationId })).toBeNull();
    expect(placeOf({ kind: 'personalContact', itemId: null, organizationId })).toBeNull();
  });
});
