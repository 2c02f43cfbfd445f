// One error shape for every answer: { error: { code, message, details? } }.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { pgErrorCode } from '../db/errors.ts';
import { fieldProblems } from './field-problems.ts';
import {
  DomainError,
  type DomainErrorCode,
  type ErrorDetail,
  type ErrorReason,
} from '../core/errors.ts';

/** Why, as a code and its values, for a client that says it in the user's language. */
export const errorReasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z
        .array(
          z.object({
            field: z.string(),
            message: z.string(),
            reason: errorReasonSchema.optional(),
          }),
        )
        .optional(),
      /** For the clients that say the message in the user's language (the import's reasons). */
      reason: errorReasonSchema.optional(),
    }),
  })
  .openapi('Error');

export function statusOf(code: DomainErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}

export function errorBody(
  code: string,
  message: string,
  details?: ErrorDetail[],
  reason?: ErrorReason,
) {
  return {
    error: { code, message, ...(details ? { details } : {}), ...(reason ? { reason } : {}) },
  };
}

/** The global error handler: typed domain errors by code, anything else a logged 500. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof DomainError) {
    if (error.retryAfterSeconds !== undefined)
      c.header('Retry-After', String(Math.ceil(error.retryAfterSeconds)));
    return c.json(
      errorBody(error.code, error.message, error.details, error.reason),
      statusOf(error.code),
    );
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code =
      status === 413 ? 'payload_too_large' : status === 401 ? 'unauthenticated' : 'invalid_input';
    return c.json(errorBody(code, error.message || 'Bad request'), status as ContentfulStatusCode);
  }
  const pgCode = pgErrorCode(error);
  if (pgCode === '22021' || pgCode === '22P05') {
    return c.json(
      errorBody(
        'invalid_input',
        'The text contains a character that cannot be stored (such as NUL)',
      ),
      400,
    );
  }
  if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008' || pgCode === '22003') {
    return c.json(errorBody('invalid_input', 'A value is not valid'), 400);
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return c.json(errorBody('internal', 'Something went wrong on our side'), 500);
}

/** Validation failures of request schemas become 400 with the fields that are wrong. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const details = fieldProblems(result.error.issues);
  const first = details[0];
  return c.json(
    errorBody(
      'invalid_input',
      first ? `${first.field}: ${first.message}` : 'Invalid input',
      details,
    ),
    400,
  );
}
