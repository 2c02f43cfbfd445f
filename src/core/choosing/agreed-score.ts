// Several professionals score the same client (method.md §3.1: the partner, the controller, the
// junior see a client differently). The score that counts is the one they agreed on when they
// set one; otherwise the median of their scores, so one scorer far off does not move it, with
// an even count's two middle scores averaged and a half rounded up (2 and 3 give 3). Scores two
// or more points apart are flagged, agreed or not, so the firm can talk them through.
import { invalidField } from '../errors.ts';
import { median } from '../portfolio/median.ts';
import type { ClientScores } from './classify.ts';

/** Scores this far apart or more are a disagreement. */
export const disagreementSpread = 2;

export type ScorerScore = { scorerId: string; score: number };

export type AgreedScore = {
  /** The score that counts; null when nobody scored and none was agreed. */
  score: number | null;
  /** agreed: set together; median: of the scorers' scores; none: not scored. */
  basis: 'agreed' | 'median' | 'none';
  scorers: number;
  lowest: number | null;
  highest: number | null;
  /** The scorers' scores lie 2 or more points apart. */
  disagreement: boolean;
};

function assertScore(score: number, field: string): void {
  if (!Number.isInteger(score) || score < 0)
    throw invalidField(field, `must be a whole number, 0 or more, got ${score}`);
}

/** The score that counts for one client and criterion, and whether the scorers disagree. */
export function agreedScore(
  scores: readonly ScorerScore[],
  agreed: number | null = null,
): AgreedScore {
  const seen = new Set<string>();
  for (const { scorerId, score } of scores) {
    assertScore(score, `scores.${scorerId}`);
    if (seen.has(scorerId)) throw invalidField(`scores.${scorerId}`, 'scored twice');
    seen.add(scorerId);
  }
  if (agreed !== null) assertScore(agreed, 'agreed');
  const values = scores.map((entry) => entry.score);
  const lowest = values.length > 0 ? Math.min(...values) : null;
  const highest = values.length > 0 ? Math.max(...values) : null;
  const middle = median(values);
  return {
    score: agreed ?? middle,
    basis: agreed !== null ? 'agreed' : middle !== null ? 'median' : 'none',
    scorers: values.length,
    lowest,
    highest,
    disagreement: lowest !== null && highest !== null && highest - lowest >= disagreementSpread,
  };
}

/** One professional's score for one client and criterion. */
export type ScorerRow = { clientId: string; criterionKey: string; scorerId: string; score: number };
/** The score the scorers agreed on for one client and criterion. */
export type AgreedRow = { clientId: string; criterionKey: string; score: number };

export type ScoreAgreement = AgreedScore & { clientId: string; criterionKey: string };

/**
 * The scores that count for every client and criterion anyone scored or agreed on, in the
 * friendly form for classifying, beside the details per client and criterion (in order of first
 * appearance) so the firm sees the disagreements.
 */
export function agreeOnScores(input: {
  scorerScores: readonly ScorerRow[];
  agreedScores?: readonly AgreedRow[];
}): { clients: ClientScores[]; agreements: ScoreAgreement[] } {
  type Cell = {
    clientId: string;
    criterionKey: string;
    scores: ScorerScore[];
    agreed: number | null;
  };
  const cells = new Map<string, Map<string, Cell>>();
  const cellOf = (clientId: string, criterionKey: string): Cell => {
    const byCriterion = cells.get(clientId) ?? new Map<string, Cell>();
    cells.set(clientId, byCriterion);
    const cell = byCriterion.get(criterionKey) ?? {
      clientId,
      criterionKey,
      scores: [],
      agreed: null,
    };
    byCriterion.set(criterionKey, cell);
    return cell;
  };
  for (const row of input.scorerScores)
    cellOf(row.clientId, row.criterionKey).scores.push({
      scorerId: row.scorerId,
      score: row.score,
    });
  for (const row of input.agreedScores ?? []) {
    const cell = cellOf(row.clientId, row.criterionKey);
    if (cell.agreed !== null)
      throw invalidField(`agreedScores.${row.clientId}.${row.criterionKey}`, 'agreed twice');
    cell.agreed = row.score;
  }
  const clients: ClientScores[] = [];
  const agreements: ScoreAgreement[] = [];
  for (const [clientId, byCriterion] of cells) {
    const scores: [string, number | null][] = [];
    for (const cell of byCriterion.values()) {
      const agreement = agreedScore(cell.scores, cell.agreed);
      scores.push([cell.criterionKey, agreement.score]);
      agreements.push({ clientId, criterionKey: cell.criterionKey, ...agreement });
    }
    clients.push({ clientId, scores: Object.fromEntries(scores) });
  }
  return { clients, agreements };
}
