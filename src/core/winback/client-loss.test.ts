import { describe, expect, it } from 'vitest';
import { clientLossProblems, wonBackProblem, type ClientLossInput } from './client-loss.ts';

const reasons = [
  { id: 'price', hidden: false },
  { id: 'old', hidden: true },
];
const loss: ClientLossInput = {
  lostOn: '2025-03-10',
  reasonId: 'price',
  text: 'Found a cheaper office',
  manner: 'amicable',
  told: 'The partners',
};
const codes = (input: ClientLossInput, reasonBefore?: string) =>
  clientLossProblems(input, {
    today: '2025-03-14',
    clientSince: '2019-01-01',
    reasons,
    reasonBefore,
  }).map((problem) => `${problem.code}@${problem.path.join('.')}`);

describe('a client loss', () => {
  it('is fine on or before the firm’s day, with a reason of the list', () => {
    expect(codes(loss)).toEqual([]);
    expect(codes({ ...loss, lostOn: '2025-03-14', text: null, manner: null, told: null })).toEqual(
      [],
    );
  });

  it('is not in the future, nor before the client became one', () => {
    expect(codes({ ...loss, lostOn: '2025-03-15' })).toEqual(['lost_on_in_future@lostOn']);
    expect(codes({ ...loss, lostOn: '2018-12-31' })).toEqual([
      'lost_on_before_client_since@lostOn',
    ]);
  });

  it('takes a reason of the firm’s list that is not hidden, unless it had it before', () => {
    expect(codes({ ...loss, reasonId: 'none' })).toEqual(['reason_unknown@reasonId']);
    expect(codes({ ...loss, reasonId: 'old' })).toEqual(['reason_hidden@reasonId']);
    expect(codes({ ...loss, reasonId: 'old' }, 'old')).toEqual([]);
  });

  it('keeps its texts within their length', () => {
    expect(codes({ ...loss, text: 'x'.repeat(4001), told: 'y'.repeat(4001) })).toEqual([
      'text_too_long@text',
      'told_too_long@told',
    ]);
  });
});

describe('a win-back', () => {
  it('comes after the loss and not after the firm’s day', () => {
    expect(wonBackProblem('2025-03-10', '2025-03-11', '2025-06-01')).toBeNull();
    expect(wonBackProblem('2025-03-10', '2025-03-10', '2025-06-01')).toBe(
      'won_back_not_after_loss',
    );
    expect(wonBackProblem('2025-03-10', '2025-06-02', '2025-06-01')).toBe('won_back_in_future');
  });
});
