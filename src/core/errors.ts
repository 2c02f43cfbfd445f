import type { FieldReasonCode } from './field-reasons.ts';

/** The kinds of failure a use case can end in; the server maps each to one HTTP status. */
export type DomainErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  /** Too busy to take this now: the answer says when to try again (Retry-After). */
  | 'unavailable';

/** Why, for a client to say in the user's language: a stable code and the values it takes. */
export type ErrorReason = { code: string; params: Readonly<Record<string, string | number>> };

/** A field that is wrong, in the server's words and, where it has one, as a reason. */
export type ErrorDetail = { field: string; message: string; reason?: ErrorReason };

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly reason: ErrorReason | undefined;
  /** When it is worth trying again, in seconds; the server sends it as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    details?: ErrorDetail[],
    reason?: ErrorReason,
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
/**
 * A field that is wrong, in the server's words; with a reason, a client can say it in the user's
 * language (see field-reasons.ts).
 */
export const invalidField = (
  field: string,
  message: string,
  reason?: { code: FieldReasonCode; params?: Record<string, string | number> },
) =>
  new DomainError('invalid_input', `${field}: ${message}`, [
    reason
      ? { field, message, reason: { code: reason.code, params: reason.params ?? {} } }
      : { field, message },
  ]);
