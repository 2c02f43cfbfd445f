// Value tags in requests and answers.
import { z } from '@hono/zod-openapi';

export const valueTagsSchema = z
  .object({ tags: z.array(z.string()) })
  .openapi('ValueTags', { description: "A client's value tags, alphabetically" });

export const valueTagsInputSchema = z
  .object({
    tags: z
      .array(z.string().max(200, 'is too long'))
      .max(30, 'at most 30 tags')
      .openapi({ description: 'Trimmed, repeats (ignoring case) dropped; at most 40 characters' }),
  })
  .strict()
  .openapi('ValueTagsInput');

export const firmValueTagsSchema = z
  .object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) })
  .openapi('FirmValueTags');
