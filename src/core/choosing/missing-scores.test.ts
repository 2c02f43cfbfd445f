import { describe, expect, it } from 'vitest';
import { classifyCompact, compactPlacement, notScored, placeCompact } from './classify.ts';
import { standardCriterion } from './criteria.ts';
import { missingScoreEffects, missingScoresAtTop } from './missing-scores.ts';
import type { ClassificationSetup } from './ranking.ts';
import { presetScheme } from './schemes.ts';

const setup: ClassificationSetup = {
  criteria: [
    standardCriterion('revenue', 5),
    standardCriterion('image', 2),
    standardCriterion('reference', 3),
    standardCriterion('cooperation', 1),
  ],
  scheme: presetScheme('abc'),
  method: { kind: 'weightedGrade' },
};
const _ = notScored;

describe('missingScoresAtTop', () => {
  it('fills only the cells not scored, each with its criterion’s top', () => {
    const filled = missingScoresAtTop(setup, {
      clientIds: ['a'],
      scores: Int8Array.from([1, _, 0, _]),
    });
    expect([...filled.scores]).toEqual([1, 3, 0, 3]);
  });
});

describe('missingScoreEffects', () => {
  const clientIds = ['full-down', 'partial-down', 'partial-down-anyway', 'partial-stays'];
  const scores = {
    clientIds,
    scores: Int8Array.from([
      ...[1, 1, 1, 1], // fully scored, 13 of 33: a C
      ...[3, _, 1, _], // 18 of 24 (7.5): a B, but an A were image and cooperation 3 (27 of 33)
      ...[0, _, 0, _], // 0 of 24: a C, and at best 9 of 33: still a C
      ...[3, _, 3, _], // 24 of 24: an A
    ]),
  };
  const current = compactPlacement(
    setup.scheme,
    clientIds.map(() => ({ category: 'A', computedCategory: 'A', overridden: false })),
  );
  const proposed = classifyCompact(setup, scores);
  const effects = missingScoreEffects({
    setup,
    scores,
    proposed,
    proposedPlacement: placeCompact(setup, proposed),
    current,
  });

  it('counts the clients not fully scored', () => {
    expect(effects.notFullyScored).toBe(3);
  });
  it('names a demotion that good missing scores would undo, and no other', () => {
    expect(effects.downFromMissingScores).toEqual(['partial-down']);
  });
  it('names nothing when every client is fully scored', () => {
    const full = { clientIds: ['a'], scores: Int8Array.from([0, 0, 0, 0]) };
    const classified = classifyCompact(setup, full);
    expect(
      missingScoreEffects({
        setup,
        scores: full,
        proposed: classified,
        proposedPlacement: placeCompact(setup, classified),
        current: compactPlacement(setup.scheme, [
          { category: 'A', computedCategory: 'A', overridden: false },
        ]),
      }),
    ).toEqual({ notFullyScored: 0, downFromMissingScores: [] });
  });
});
