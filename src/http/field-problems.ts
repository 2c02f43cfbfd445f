// The fields a schema refuses, each in the server's words and as a reason code with its values,
// so that a client can say it in the user's language: "must be at most 100 characters" is
// tooLong with maximum 100. A schema's own check names its reason in the issue's params.
import type { z } from '@hono/zod-openapi';
import type { ErrorDetail, ErrorReason } from '../core/errors.ts';
import { fieldReasonCodes, type FieldReasonCode } from '../core/field-reasons.ts';

type Issue = z.core.$ZodIssue;

export function fieldProblems(issues: readonly Issue[], whole = '(body)'): ErrorDetail[] {
  return issues.map((issue) => ({
    field: issue.path.join('.') || whole,
    message: issue.message,
    reason: reasonOf(issue),
  }));
}

export const fieldReason = (
  code: FieldReasonCode,
  params: Record<string, string | number> = {},
): ErrorReason => ({
  code,
  params,
});

function reasonOf(issue: Issue): ErrorReason {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_type':
      return fieldReason(expectedKinds[issue.expected] ?? 'invalid');
    case 'invalid_format':
      return fieldReason(formats[issue.format] ?? 'format');
    case 'invalid_value':
      return fieldReason('oneOf');
    case 'not_multiple_of':
      return fieldReason('multipleOf', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return fieldReason('unknownFields', { keys: issue.keys.join(', ') });
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      if (!isFieldReason(reason)) return fieldReason('invalid');
      return fieldReason(
        reason,
        Object.fromEntries(
          Object.entries(params).filter(
            (entry): entry is [string, string | number] =>
              typeof entry[1] === 'string' || typeof entry[1] === 'number',
          ),
        ),
      );
    }
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return fieldReason('invalid');
  }
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): ErrorReason {
  if (origin === 'string')
    return minimum <= 1 ? fieldReason('required') : fieldReason('tooShort', { minimum });
  if (origin === 'array' || origin === 'set') return fieldReason('tooFew', { minimum });
  return fieldReason(inclusive ? 'atLeast' : 'moreThan', { minimum });
}

function tooBig(origin: string, maximum: number, inclusive: boolean): ErrorReason {
  if (origin === 'string') return fieldReason('tooLong', { maximum });
  if (origin === 'array' || origin === 'set') return fieldReason('tooMany', { maximum });
  return fieldReason(inclusive ? 'atMost' : 'lessThan', { maximum });
}

const expectedKinds: Record<string, FieldReasonCode> = {
  number: 'number',
  int: 'wholeNumber',
  bigint: 'wholeNumber',
  string: 'text',
  boolean: 'trueOrFalse',
  date: 'date',
};

const formats: Record<string, FieldReasonCode> = {
  email: 'email',
  url: 'url',
  date: 'date',
  datetime: 'date',
};

const isFieldReason = (value: unknown): value is FieldReasonCode =>
  (fieldReasonCodes as readonly unknown[]).includes(value);
