// Why the server refused a scheme, in the user's language: the problems it checks a scheme by
// come as codes on the fields, a refusal to make primary or delete as a reason code.
import type { TFunction } from 'i18next';
import type { MethodProblemCode, SchemeProblemCode } from '../../core/choosing/index.ts';
import { ApiError } from '../api/client.ts';

type ServerProblem = SchemeProblemCode | MethodProblemCode;
type Refusal = 'primary_scheme_value' | 'primary_scheme_kept';

/** Every code the server checks a scheme by; the compiler keeps the list complete. */
const serverProblems: Record<ServerProblem, true> = {
  too_few_categories: true,
  key_missing: true,
  name_missing: true,
  kind_unknown: true,
  category_key_missing: true,
  category_key_duplicate: true,
  category_name_missing: true,
  category_name_duplicate: true,
  bound_out_of_range: true,
  bounds_not_descending: true,
  lowest_bound_not_zero: true,
  method_unknown: true,
  level_missing: true,
  level_duplicate: true,
  level_category_unknown: true,
  level_for_lowest_category: true,
  level_empty: true,
  minimum_criterion_unknown: true,
  minimum_out_of_range: true,
  at_least_out_of_range: true,
};
export const schemeServerCodes = [
  ...(Object.keys(serverProblems) as ServerProblem[]),
  'primary_scheme_value',
  'primary_scheme_kept',
] as const satisfies readonly (ServerProblem | Refusal)[];

const isServerProblem = (code: string): code is ServerProblem =>
  Object.hasOwn(serverProblems, code);
const isRefusal = (code: string | undefined): code is Refusal =>
  code === 'primary_scheme_value' || code === 'primary_scheme_kept';

/** The sentences to show for a failed change of a scheme, each once. */
export function schemeErrorTexts(error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  if (error.code === 'network') return [t('app.networkError')];
  const reason = error.reason?.code;
  if (isRefusal(reason)) return [t(`choosing.schemeEditor.server.${reason}`)];
  if (error.details.length === 0) return [error.message];
  const texts = error.details.map((detail) =>
    isServerProblem(detail.message)
      ? t(`choosing.schemeEditor.server.${detail.message}`)
      : `${detail.field}: ${detail.message}`,
  );
  return [...new Set(texts)];
}
