import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { fieldReasonCodes } from '../core/field-reasons.ts';
import { contactCreateSchema } from '../features/contacts/contacts.schema.ts';
import { fieldProblems } from './field-problems.ts';

const problemsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldProblems(result.error.issues);
};

const schema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(5),
    code: z.string().min(3),
    hours: z.number({ error: 'must be a number of hours' }).int().min(0).max(10),
    share: z.number().gt(0).lt(1),
    kind: z.enum(['visit', 'call']),
    email: z.email(),
    tags: z.array(z.string()).min(1).max(2),
    done: z.boolean(),
    step: z.number().multipleOf(5),
  })
  .strict();

const valid = {
  name: 'Eva',
  code: 'abc',
  hours: 3,
  share: 0.5,
  kind: 'visit',
  email: 'eva@example.nl',
  tags: ['a'],
  done: true,
  step: 10,
};

describe('the fields a schema refuses, as reasons', () => {
  it('names each kind of check with the values its words need', () => {
    const reasons = (input: Record<string, unknown>) =>
      Object.fromEntries(
        problemsOf(schema, { ...valid, ...input }).map((p) => [p.field, p.reason]),
      );
    expect(
      reasons({ name: ' ', code: 'ab', hours: 11, share: 1, kind: 'mail', email: 'no', tags: [] }),
    ).toEqual({
      name: { code: 'required', params: {} },
      code: { code: 'tooShort', params: { minimum: 3 } },
      hours: { code: 'atMost', params: { maximum: 10 } },
      share: { code: 'lessThan', params: { maximum: 1 } },
      kind: { code: 'oneOf', params: {} },
      email: { code: 'email', params: {} },
      tags: { code: 'tooFew', params: { minimum: 1 } },
    });
    expect(
      reasons({ name: 'Evelien', hours: 1.5, share: 0, tags: ['a', 'b', 'c'], done: 'yes' }),
    ).toEqual({
      name: { code: 'tooLong', params: { maximum: 5 } },
      hours: { code: 'wholeNumber', params: {} },
      share: { code: 'moreThan', params: { minimum: 0 } },
      tags: { code: 'tooMany', params: { maximum: 2 } },
      done: { code: 'trueOrFalse', params: {} },
    });
    expect(reasons({ hours: 'three', step: 7, extra: 1 })).toEqual({
      hours: { code: 'number', params: {} },
      step: { code: 'multipleOf', params: { divisor: 5 } },
      '(body)': { code: 'unknownFields', params: { keys: 'extra' } },
    });
  });

  it("keeps the server's own words beside the reason", () => {
    const [problem] = problemsOf(schema, { ...valid, hours: 'three' });
    expect(problem).toMatchObject({ field: 'hours', message: 'must be a number of hours' });
  });

  it("takes the reason a schema's own check names", () => {
    const problems = problemsOf(contactCreateSchema, {
      firstName: 'Eva',
      lastName: 'Jansen',
      email: 'not an address',
      phone: 'call me',
    });
    expect(problems.map((p) => [p.field, p.reason?.code])).toEqual([
      ['email', 'email'],
      ['phone', 'phone'],
    ]);
    const [born] = problemsOf(contactCreateSchema, {
      firstName: 'Eva',
      lastName: 'Jansen',
      birthday: '2999-01-01',
    });
    expect(born).toMatchObject({ field: 'birthday', reason: { code: 'inTheFuture' } });
  });

  it('gives only reasons a client can hold texts for', () => {
    const problems = problemsOf(schema, { name: 1, tags: 'x', done: null, extra: true });
    for (const problem of problems) expect(fieldReasonCodes).toContain(problem.reason?.code);
  });
});
