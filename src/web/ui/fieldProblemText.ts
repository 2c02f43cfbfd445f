// What is wrong with a field, in the user's language: the text of the reason the server gives,
// with its values filled in (numbers as the user reads them), or the server's own words
// (English) for a reason the app has no text for yet.
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/client.ts';
import { formatNumber, type Language } from '../format.ts';

export type ProblemTexts = {
  t: TFunction;
  /** Whether the catalogues have a text for a key. */
  exists: (key: string) => boolean;
  language: Language;
};

export function fieldProblemText(problem: FieldProblem, texts: ProblemTexts): string {
  const { reason } = problem;
  if (!reason) return problem.message;
  const key = `fieldReasons.${reason.code}`;
  if (!texts.exists(key)) return problem.message;
  const values = Object.fromEntries(
    Object.entries(reason.params).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value, texts.language) : value,
    ]),
  );
  return texts.t(key as never, values);
}
