// What missing scores do to a classification (decision 0019): which clients are not fully scored,
// and which of those the proposal moves down only because scores are missing, so the firm is told
// before it commits such a demotion.
import { classifyCompact, notScored, placeCompact, type CategoryOverride } from './classify.ts';
import type { CompactClassification, CompactPlacement, CompactScores } from './classify.ts';
import type { ClassificationSetup } from './ranking.ts';
import type { CategoryScheme } from './schemes.ts';

export type MissingScoreEffects = {
  /** Clients with at least one criterion not scored. */
  notFullyScored: number;
  /**
   * Clients the proposal moves down that would keep their category (or rise) were their missing
   * scores at the top of the scale: the demotion comes from what is not known.
   */
  downFromMissingScores: string[];
};

/** The compact scores with every missing score at the top of its criterion's scale. */
export function missingScoresAtTop(
  setup: Pick<ClassificationSetup, 'criteria'>,
  input: CompactScores,
): CompactScores {
  const columns = setup.criteria.length;
  const tops = Int8Array.from(setup.criteria, (criterion) => criterion.scaleMax);
  // a plain loop over the cells: a firm's whole matrix is read on every preview
  const scores = new Int8Array(input.scores);
  for (let offset = 0; offset < scores.length; offset += columns)
    for (let column = 0; column < columns; column += 1)
      if (scores[offset + column] === notScored) scores[offset + column] = tops[column]!;
  return { clientIds: input.clientIds, scores };
}

/**
 * The effects of missing scores on a proposed classification against the current placement (in
 * `currentScheme`, by default the proposed scheme), row for row with the compact scores.
 */
export function missingScoreEffects(input: {
  setup: ClassificationSetup;
  currentScheme?: CategoryScheme;
  scores: CompactScores;
  proposed: CompactClassification;
  proposedPlacement: CompactPlacement;
  current: CompactPlacement;
  overrides?: readonly CategoryOverride[];
}): MissingScoreEffects {
  const { setup, scores, proposed, proposedPlacement, current } = input;
  const rows = scores.clientIds.length;
  let notFullyScored = 0;
  for (let row = 0; row < rows; row += 1) if (proposed.unscored[row]! > 0) notFullyScored += 1;
  if (notFullyScored === 0) return { notFullyScored, downFromMissingScores: [] };
  const best = placeCompact(
    setup,
    classifyCompact(setup, missingScoresAtTop(setup, scores)),
    input.overrides,
  );
  // the current category's rank in the proposed scheme, −1 when it has none there
  const ranks = new Map(setup.scheme.categories.map((category, index) => [category.key, index]));
  const currentKeys = (input.currentScheme ?? setup.scheme).categories.map((c) => c.key);
  const rankOfCurrent = currentKeys.map((key) => ranks.get(key) ?? -1);
  const downFromMissingScores: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    if (proposed.unscored[row] === 0) continue;
    const from = rankOfCurrent[current.categoryIndexes[row]!] ?? -1;
    const to = proposedPlacement.categoryIndexes[row]!;
    if (from === -1 || to === -1 || to <= from) continue;
    const atBest = best.categoryIndexes[row]!;
    if (atBest !== -1 && atBest <= from) downFromMissingScores.push(scores.clientIds[row]!);
  }
  return { notFullyScored, downFromMissingScores };
}
