// What is wrong with a field, in the user's language: the text of the reason the server gives,
// or the server's own words for a field refused without one.
import type { FieldProblem } from '../api/client.ts';
import { reasonWords, type ReasonWordsTexts } from './reasonWords.ts';

export type ProblemTexts = ReasonWordsTexts;

export function fieldProblemText(problem: FieldProblem, texts: ProblemTexts): string {
  const { reason } = problem;
  if (!reason) return problem.message;
  return reasonWords(`fieldReasons.${reason.code}`, reason.params, problem.message, texts);
}
