// A client's categories on its page, in plain data: where it stands per scheme, what it takes to
// move up (method.md §3.6), which scores need agreeing, and the value tags to suggest (§3.4).
import { categoryNow } from '../../core/choosing/category-history.ts';
import type {
  GradeStep,
  LevelStep,
  RankingExplanation,
  ScoreRaise,
} from '../../core/choosing/explain.ts';
import type { Schemas } from '../api/client.ts';

export type ClientCategories = Schemas['ClientCategories'];
export type Explanation = Schemas['CategoryExplanation'];
export type ScoreRow = Schemas['ClientScores']['items'][number];
type Scheme = Pick<Schemas['CategoryScheme'], 'id' | 'isPrimary'>;
type HistoryEntry = ClientCategories['history'][number];
type Override = ClientCategories['overrides'][number];

/** Where a client stands in one scheme: the latest committed category and the one set by hand. */
export type SchemeStanding<S extends Scheme> = {
  scheme: S;
  committed: HistoryEntry | null;
  override: Override | null;
  /** The category that counts: the one set by hand, else the latest committed one. */
  category: string | null;
};

/** Per scheme, primary first: the latest commit (history comes newest first) and any override. */
export function standings<S extends Scheme>(
  schemes: readonly S[],
  categories: ClientCategories,
): SchemeStanding<S>[] {
  return [...schemes]
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
    .map((scheme) => {
      const committed = categories.history.find((entry) => entry.schemeId === scheme.id) ?? null;
      const override = categories.overrides.find((o) => o.schemeId === scheme.id) ?? null;
      return {
        scheme,
        committed,
        override,
        category: categoryNow(committed?.category, override?.category),
      };
    });
}

/** The ranking of an explanation; the API leaves its shape to the method. */
export function rankingOf(explanation: Pick<Explanation, 'ranking'>): RankingExplanation | null {
  const ranking = explanation.ranking as { kind?: unknown } | null | undefined;
  if (!ranking || typeof ranking !== 'object') return null;
  return ranking.kind === 'weightedGrade' ||
    ranking.kind === 'meetsAll' ||
    ranking.kind === 'meetsXofY'
    ? (ranking as RankingExplanation)
    : null;
}

/** What it takes to move up, ready to put in words. */
export type StepUp =
  | { kind: 'top' }
  | { kind: 'points'; categoryKey: string; pointsMissing: number; example: ScoreRaise | null }
  | { kind: 'minimums'; categoryKey: string; minimumsToMeet: number; missed: LevelStep['missed'] };

/** The raise that asks the fewest score points, the heaviest criterion on a tie. */
export function easiestRaise(
  step: Pick<GradeStep, 'enoughAlone'>,
  weightOf: (criterionKey: string) => number,
): ScoreRaise | null {
  let best: ScoreRaise | null = null;
  for (const raise of step.enoughAlone) {
    if (!best) {
      best = raise;
      continue;
    }
    const rise = raise.to - (raise.from ?? 0);
    const bestRise = best.to - (best.from ?? 0);
    if (
      rise < bestRise ||
      (rise === bestRise && weightOf(raise.criterionKey) > weightOf(best.criterionKey))
    )
      best = raise;
  }
  return best;
}

/** The next category up and what it asks; 'top' when the client is in the best one already. */
export function stepUp(explanation: Pick<Explanation, 'ranking' | 'criteria'>): StepUp {
  const ranking = rankingOf(explanation);
  if (!ranking?.nextCategory) return { kind: 'top' };
  if (ranking.kind === 'weightedGrade') {
    const next = ranking.nextCategory;
    const weights = new Map(explanation.criteria.map((c) => [c.criterionKey, c.weight]));
    return {
      kind: 'points',
      categoryKey: next.categoryKey,
      pointsMissing: next.pointsMissing,
      example: easiestRaise(next, (key) => weights.get(key) ?? 0),
    };
  }
  const next = ranking.nextCategory;
  return {
    kind: 'minimums',
    categoryKey: next.categoryKey,
    minimumsToMeet: next.minimumsToMeet,
    missed: next.missed,
  };
}

/** A contribution as a share of what the criterion could give, 0–1, for a small bar. */
export function contributionShare(row: { contribution: number; maxContribution: number }): number {
  if (row.maxContribution <= 0) return 0;
  return Math.min(1, Math.max(0, row.contribution / row.maxContribution));
}

/** The criteria whose scorers lie 2 or more points apart and have no agreed score yet come first. */
export function scoresInOrder<R extends Pick<ScoreRow, 'disagreement' | 'agreed'>>(
  rows: readonly R[],
): R[] {
  const open = (row: R) => (row.disagreement && row.agreed === null ? 0 : 1);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => open(a.row) - open(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * The tags to offer for a client: the firm's tags in use (most used first), then the method's
 * suggestions, without the client's own and without repeats, ignoring case.
 */
export function tagSuggestions(input: {
  current: readonly string[];
  inUse: readonly { tag: string }[];
  suggested: readonly string[];
}): string[] {
  const seen = new Set(input.current.map((tag) => tag.trim().toLowerCase()));
  const offered: string[] = [];
  for (const tag of [...input.inUse.map((t) => t.tag), ...input.suggested]) {
    const key = tag.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    offered.push(tag.trim());
  }
  return offered;
}
