// An import refused as a whole (a file that is no table, too large, not an audit file): an
// invalid_input error whose message is the reason in English and which carries the reason's code
// and values, so the web app says it in the user's language.
import { DomainError, type DomainErrorCode } from '../../core/errors.ts';
import type { ProblemReason } from '../../core/import/problem-reason.ts';

export function importRefusal(
  why: ProblemReason,
  options: {
    status?: DomainErrorCode;
    field?: string;
    message?: string;
    retryAfterSeconds?: number;
  } = {},
): DomainError {
  const { status = 'invalid_input', field = 'file', message = why.reason } = options;
  return new DomainError(
    status,
    message,
    [{ field, message: why.reason }],
    { code: why.code, params: why.params },
    options.retryAfterSeconds,
  );
}
