// Settings a firm enters (criteria, schemes, rules, thresholds, goals) are checked by functions
// that list every problem at once, so a form can mark each field; the use cases then refuse
// invalid settings with one invalid_input error carrying the same list.
import { DomainError } from '../errors.ts';

/** Where in the checked value a problem sits, e.g. ['criteria', 2, 'weight']. */
export type ProblemPath = readonly (string | number)[];

/** One reason a setting cannot be used; the web translates the code and marks the path. */
export type Problem<Code extends string = string> = { code: Code; path: ProblemPath };

/** Throws invalid_input with every problem as a detail, or returns when there are none. */
export function throwIfProblems(problems: readonly Problem[], what: string): void {
  if (problems.length === 0) return;
  const details = problems.map((problem) => ({
    field: problem.path.join('.'),
    message: problem.code,
  }));
  const summary = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
  throw new DomainError('invalid_input', `${what}: ${summary}`, details);
}

/** Whether the value is a whole number from min to max. */
export function isWholeBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The indexes of values that appeared earlier in the list. */
export function repeatedIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}
