import { describe, expect, it } from 'vitest';
import { agreedScore, agreeOnScores } from './agreed-score.ts';

const by = (...scores: number[]) =>
  scores.map((score, index) => ({ scorerId: `scorer-${index}`, score }));

describe('agreedScore', () => {
  it('takes the median of the scorers, so one far-off score does not move it', () => {
    expect(agreedScore(by(3, 3, 0))).toEqual({
      score: 3,
      basis: 'median',
      scorers: 3,
      lowest: 0,
      highest: 3,
      disagreement: true,
    });
    expect(agreedScore(by(2)).score).toBe(2);
  });
  it('averages the two middle scores of an even count, a half rounded up', () => {
    expect(agreedScore(by(2, 3)).score).toBe(3);
    expect(agreedScore(by(1, 2, 3, 3)).score).toBe(3); // (2 + 3) / 2 = 2.5 → 3
    expect(agreedScore(by(0, 1)).score).toBe(1);
    expect(agreedScore(by(1, 3)).score).toBe(2);
  });
  it('lets a score the scorers agreed on win, still flagging how far apart they were', () => {
    expect(agreedScore(by(1, 3), 1)).toMatchObject({
      score: 1,
      basis: 'agreed',
      disagreement: true,
    });
    expect(agreedScore([], 2)).toMatchObject({ score: 2, basis: 'agreed', scorers: 0 });
  });
  it('flags scores 2 or more points apart, not 1', () => {
    expect(agreedScore(by(2, 3, 3)).disagreement).toBe(false);
    expect(agreedScore(by(1, 3)).disagreement).toBe(true);
  });
  it('gives no score when nobody scored', () => {
    expect(agreedScore([])).toEqual({
      score: null,
      basis: 'none',
      scorers: 0,
      lowest: null,
      highest: null,
      disagreement: false,
    });
  });
  it('refuses a scorer scoring twice and scores that are not whole and 0 or more', () => {
    expect(() => agreedScore([...by(1), ...by(2)])).toThrow(/scored twice/);
    expect(() => agreedScore(by(-1))).toThrow(/0 or more/);
    expect(() => agreedScore(by(1.5))).toThrow(/whole number/);
    expect(() => agreedScore(by(1), 0.5)).toThrow(/agreed/);
  });
});

describe('agreeOnScores', () => {
  it('turns everyone’s scores into one score per client and criterion, with the details', () => {
    const { clients, agreements } = agreeOnScores({
      scorerScores: [
        { clientId: 'ajax', criterionKey: 'cooperation', scorerId: 'partner', score: 3 },
        { clientId: 'ajax', criterionKey: 'cooperation', scorerId: 'junior', score: 1 },
        { clientId: 'ajax', criterionKey: 'revenue', scorerId: 'controller', score: 2 },
        { clientId: 'bakker', criterionKey: 'cooperation', scorerId: 'partner', score: 2 },
      ],
      agreedScores: [{ clientId: 'bakker', criterionKey: 'cooperation', score: 3 }],
    });
    expect(clients).toEqual([
      { clientId: 'ajax', scores: { cooperation: 2, revenue: 2 } },
      { clientId: 'bakker', scores: { cooperation: 3 } },
    ]);
    expect(agreements.map((a) => [a.clientId, a.criterionKey, a.basis, a.disagreement])).toEqual([
      ['ajax', 'cooperation', 'median', true],
      ['ajax', 'revenue', 'median', false],
      ['bakker', 'cooperation', 'agreed', false],
    ]);
  });
  it('refuses two agreed scores for the same client and criterion', () => {
    const agreed = { clientId: 'ajax', criterionKey: 'fit', score: 2 };
    expect(() => agreeOnScores({ scorerScores: [], agreedScores: [agreed, agreed] })).toThrow(
      /agreed twice/,
    );
  });
});
