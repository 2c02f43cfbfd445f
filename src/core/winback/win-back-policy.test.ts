import { describe, expect, it } from 'vitest';
import {
  defaultWinBackPolicy,
  plannedWinBack,
  winBackPolicyProblems,
  type WinBackPolicy,
} from './win-back-policy.ts';

const client = { relationshipManagerId: 'rm', secondProfessionalId: 'second' };

describe('the default win-back policy', () => {
  it('visits the best category within 14 days and calls after three months', () => {
    const planned = plannedWinBack(
      defaultWinBackPolicy(0),
      { lostOn: '2025-03-10', recordedOn: '2025-03-10' },
      client,
    );
    expect(planned).toEqual([
      {
        type: 'visit',
        p: 'person',
        subject: 'Win-back visit',
        onDate: '2025-03-24',
        ownerId: 'rm',
      },
      { type: 'call', p: 'person', subject: 'Win-back call', onDate: '2025-06-09', ownerId: 'rm' },
    ]);
  });

  it('asks less of lower categories and nothing of the third and below', () => {
    expect(defaultWinBackPolicy(1).steps.map((s) => [s.type, s.daysAfterLoss])).toEqual([
      ['call', 30],
    ]);
    expect(defaultWinBackPolicy(2).steps).toEqual([]);
    expect(defaultWinBackPolicy(5).steps).toEqual([]);
  });
});

describe('the planned win-back', () => {
  const policy: WinBackPolicy = {
    actor: 'secondProfessional',
    userId: null,
    steps: [{ type: 'call', p: null, subject: '  Call  ', daysAfterLoss: 7 }],
  };

  it('goes to the professional the policy names, or the manager when there is no second one', () => {
    const loss = { lostOn: '2025-03-10', recordedOn: '2025-03-10' };
    expect(plannedWinBack(policy, loss, client)[0]).toMatchObject({
      ownerId: 'second',
      subject: 'Call',
    });
    expect(
      plannedWinBack(policy, loss, { relationshipManagerId: 'rm', secondProfessionalId: null })[0]!
        .ownerId,
    ).toBe('rm');
    expect(
      plannedWinBack({ ...policy, actor: 'namedUser', userId: 'colleague' }, loss, client)[0]!
        .ownerId,
    ).toBe('colleague');
  });

  it('plans a step whose day passed before the loss was recorded on the day it is recorded', () => {
    const planned = plannedWinBack(
      policy,
      { lostOn: '2025-01-01', recordedOn: '2025-03-10' },
      client,
    );
    expect(planned[0]!.onDate).toBe('2025-03-10');
  });
});

describe('a policy’s problems', () => {
  it('names the field of each', () => {
    const problems = winBackPolicyProblems({
      actor: 'namedUser',
      userId: null,
      steps: [
        { type: 'fax' as never, p: 'price' as never, subject: ' ', daysAfterLoss: -1 },
        { type: 'call', p: 'person', subject: 'x'.repeat(201), daysAfterLoss: 1.5 },
      ],
    }).map((p) => `${p.code}@${p.path.join('.')}`);
    expect(problems).toEqual([
      'user_missing@userId',
      'type_unknown@steps.0.type',
      'p_unknown@steps.0.p',
      'subject_missing@steps.0.subject',
      'days_out_of_range@steps.0.daysAfterLoss',
      'subject_too_long@steps.1.subject',
      'days_out_of_range@steps.1.daysAfterLoss',
    ]);
    expect(winBackPolicyProblems({ actor: 'relationshipManager', userId: 'u', steps: [] })).toEqual(
      [{ code: 'user_not_asked', path: ['userId'] }],
    );
    expect(winBackPolicyProblems(defaultWinBackPolicy(0))).toEqual([]);
  });
});
