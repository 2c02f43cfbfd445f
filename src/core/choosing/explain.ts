// Explaining one client's category (method.md §3.6: "which criteria and scores put this client
// here"), and what it would take to move up one category.
import { overrideProblems, type CategoryOverride } from './classify.ts';
import { passesBound, smallestTotalPassing, type GradeBound } from './grade.ts';
import { throwIfProblems } from './problems.ts';
import {
  assertValidSetup,
  computedCategoryIndex,
  levelChecks,
  type ClassificationSetup,
  type LevelCheck,
  type MissedMinimum,
} from './ranking.ts';
import { scoreClient, scoreFor, type ScoresByCriterion } from './scoring.ts';

export type CriterionContribution = {
  criterionKey: string;
  weight: number;
  scaleMax: number;
  /** Null when not scored. */
  score: number | null;
  /** weight × score, 0 when not scored (and then left out of the maximum). */
  contribution: number;
  /** weight × scale maximum. */
  maxContribution: number;
};

/** One criterion's score raised from (null when not scored) to a new score. */
export type ScoreRaise = { criterionKey: string; from: number | null; to: number };

/** What it takes to reach the next category up by the weighted grade. */
export type GradeStep = {
  categoryKey: string;
  bound: GradeBound;
  /** The smallest rise of the total, over the criteria scored now, that passes the bound. */
  pointsMissing: number;
  /**
   * Each criterion whose score alone could rise enough, with the smallest such score; scoring a
   * criterion not scored yet counts in the maximum too.
   */
  enoughAlone: ScoreRaise[];
};

/** What it takes to reach the next category up by a meets method. */
export type LevelStep = {
  categoryKey: string;
  /** How many more of the level's minimums must be met. */
  minimumsToMeet: number;
  /** The minimums not met yet; meeting minimumsToMeet of them is enough. */
  missed: MissedMinimum[];
};

export type RankingExplanation =
  | { kind: 'weightedGrade'; passedBound: GradeBound | null; nextCategory: GradeStep | null }
  | {
      kind: 'meetsAll' | 'meetsXofY';
      /** The client against every level, best category first. */
      levels: LevelCheck[];
      nextCategory: LevelStep | null;
    };

export type ClientExplanation = {
  clientId: string;
  /** Per criterion in the setup's order: score, weight and contribution to the total. */
  criteria: CriterionContribution[];
  total: number;
  maximum: number;
  grade: number;
  missingCriteria: string[];
  /** The method's category; null when nothing is scored. */
  computedCategory: string | null;
  /** The category that counts: the override's when there is one. */
  category: string | null;
  overridden: boolean;
  overrideReason: string | null;
  /** Why the method placed the client here and what the next category up asks, from the computed category. */
  ranking: RankingExplanation;
};

/**
 * Explains one client's category (method.md §3.6): every criterion's contribution, the bound or
 * levels that placed it, and the next category up: for the weighted grade the smallest rise of
 * the total and which single scores could supply it; for the meets methods the minimums missed.
 */
export function explainClient(input: {
  setup: ClassificationSetup;
  clientId: string;
  scores: ScoresByCriterion;
  override?: CategoryOverride | null;
}): ClientExplanation {
  const { setup, clientId, scores } = input;
  assertValidSetup(setup);
  const override = input.override ?? null;
  if (override) throwIfProblems(overrideProblems(setup.scheme, [override]), 'override');
  const { total, maximum, grade, missingCriteria } = scoreClient(setup.criteria, scores);
  const criteria = setup.criteria.map((criterion): CriterionContribution => {
    const score = scoreFor(criterion, scores);
    return {
      criterionKey: criterion.key,
      weight: criterion.weight,
      scaleMax: criterion.scaleMax,
      score,
      contribution: criterion.weight * (score ?? 0),
      maxContribution: criterion.weight * criterion.scaleMax,
    };
  });
  const index = computedCategoryIndex(setup, scores);
  const { categories } = setup.scheme;
  const computedCategory = index === null ? null : (categories[index]?.key ?? null);
  const above = index === null ? undefined : categories[index - 1];
  let ranking: RankingExplanation;
  if (setup.method.kind === 'weightedGrade') {
    const own = index === null ? undefined : categories[index];
    let nextCategory: GradeStep | null = null;
    if (above) {
      const pointsMissing = smallestTotalPassing(above.lowerBound, maximum) - total;
      // a score given to a criterion not scored yet raises the maximum as well as the total
      const enoughAlone = criteria.flatMap((criterion): ScoreRaise[] => {
        const from = criterion.score;
        const start = from === null ? 0 : from + 1;
        const addedMaximum = from === null ? criterion.maxContribution : 0;
        for (let to = start; to <= criterion.scaleMax; to += 1) {
          const raisedTotal = total + criterion.weight * (to - (from ?? 0));
          if (passesBound(raisedTotal, maximum + addedMaximum, above.lowerBound))
            return [{ criterionKey: criterion.criterionKey, from, to }];
        }
        return [];
      });
      nextCategory = {
        categoryKey: above.key,
        bound: above.lowerBound,
        pointsMissing,
        enoughAlone,
      };
    }
    ranking = { kind: 'weightedGrade', passedBound: own?.lowerBound ?? null, nextCategory };
  } else {
    const levels = levelChecks(setup, scores);
    const next = levels.find((level) => level.categoryKey === above?.key);
    ranking = {
      kind: setup.method.kind,
      levels,
      nextCategory: next
        ? {
            categoryKey: next.categoryKey,
            minimumsToMeet: next.required - next.met,
            missed: next.missed,
          }
        : null,
    };
  }
  return {
    clientId,
    criteria,
    total,
    maximum,
    grade,
    missingCriteria,
    computedCategory,
    category: override ? override.categoryKey : computedCategory,
    overridden: override !== null,
    overrideReason: override?.reason ?? null,
    ranking,
  };
}
