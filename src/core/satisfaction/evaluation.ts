// An evaluation of the firm by a client, method.md §7: the end result and the firm's functioning
// scored 1–10 per aspect, an overall score, how likely the contact is to recommend the firm (0–10)
// and whether the client means to continue or expand: asked of a named contact person, never
// anonymously, in a conversation, on the phone or in writing.

/** The aspects a client scores: the end result, then the firm's functioning. */
export const evaluationAspects = [
  'endResult',
  'reachability',
  'keepingPromises',
  'expertise',
  'communication',
  'invoicing',
] as const;
export type EvaluationAspect = (typeof evaluationAspects)[number];

/** How the answers were taken. */
export const evaluationMethods = ['conversation', 'phone', 'written'] as const;
export type EvaluationMethod = (typeof evaluationMethods)[number];

/**
 * Trust (method §7, §10): the client's intention for the relationship, as the contact says it.
 * An intention is a choice, not a grade: four answers a professional can record faithfully from a
 * conversation, ordered from the strongest trust to leaving (decision 0034).
 */
export const trustIntentions = ['expand', 'continue', 'undecided', 'leave'] as const;
export type TrustIntention = (typeof trustIntentions)[number];

/** Scores of the aspects and the overall score: whole numbers 1 to 10. */
export const scoreRange = { min: 1, max: 10 } as const;
/** The recommend score, as the usual question asks it: 0 to 10. */
export const recommendRange = { min: 0, max: 10 } as const;

/** The firm's norm when it set none: the worked example's guaranteed 8 (method §7). */
export const defaultSatisfactionNorm = 8;

/** From this recommend score on, the contact is one who speaks well of the firm (method §7). */
export const ambassadorRecommendScore = 9;

export type AspectScores = Partial<Record<EvaluationAspect, number | null>>;

/** Whether an overall score falls below the firm's norm, and so opens an improvement plan. */
export function belowNorm(overall: number, norm: number): boolean {
  return overall < norm;
}

/** Whether a recommend score marks the contact an ambassador candidate (a 9 or a 10). */
export function recommendsFirm(recommend: number | null): boolean {
  return recommend !== null && recommend >= ambassadorRecommendScore;
}

/** The mean of the aspects scored, to one decimal; null when none was scored. */
export function aspectAverage(scores: AspectScores): number | null {
  let sum = 0;
  let count = 0;
  for (const aspect of evaluationAspects) {
    const score = scores[aspect];
    if (score === null || score === undefined) continue;
    sum += score;
    count += 1;
  }
  return count === 0 ? null : Math.round((sum * 10) / count) / 10;
}
