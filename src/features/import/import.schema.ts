// The choices an import takes (query parameters beside the file) and what it reports.
import { z } from '@hono/zod-openapi';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');

export const importQuery = z.object({
  fileName: z.string().trim().min(1, 'is required').max(300),
  sheet: z.string().max(200).optional(),
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        const valid =
          typeof parsed === 'object' &&
          parsed !== null &&
          !Array.isArray(parsed) &&
          Object.values(parsed).every((v) => typeof v === 'string' || typeof v === 'number');
        if (valid) return parsed as Record<string, string | number>;
      } catch {
        // reported below
      }
      ctx.addIssue({
        code: 'custom',
        message: 'must be a JSON object of field → header or column number',
      });
      return z.NEVER;
    })
    .openapi({ type: 'string', description: 'JSON: field → header text or 1-based column' }),
  skipRows: z
    .string()
    .max(10_000)
    .optional()
    .transform((text, ctx) => {
      const parts = (text ?? '').split(/[\s,]+/).filter(Boolean);
      const rows = parts.map(Number);
      if (rows.some((row) => !Number.isInteger(row) || row < 1)) {
        ctx.addIssue({ code: 'custom', message: 'must be row numbers such as 3,4,120' });
        return z.NEVER;
      }
      return rows;
    })
    .openapi({ type: 'string', description: 'Row numbers to leave out: 3,4,120' }),
  createCustomers: flag(true).openapi({
    type: 'string',
    description: 'Create unknown customers as clients (else their lines are left out)',
  }),
  importGoodRows: flag(true).openapi({
    type: 'string',
    description: 'With rows that cannot be read: import the others (else nothing)',
  }),
});

export type ImportQuery = z.infer<typeof importQuery>;

const customer = z.object({
  code: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  vatNumber: z.string().nullable(),
  name: z.string().nullable(),
});

export const importResultSchema = z
  .object({
    format: z.enum(['csv', 'xlsx', 'xaf']),
    table: z
      .object({
        headers: z.array(z.string()),
        sourceKey: z.string(),
        mappingFrom: z.enum(['given', 'remembered', 'proposed']),
        choices: z.object({
          mapping: z.record(z.string(), z.number().int()),
          headerRowNumber: z.number().int(),
          decimalSeparator: z.enum([',', '.']).nullable(),
          dateOrder: z.enum(['dmy', 'mdy', 'ymd']),
          amountIncludesVat: z.boolean().optional(),
          debitCreditSide: z.enum(['revenue', 'debtor']).optional(),
        }),
        preview: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
      })
      .nullable(),
    report: z.object({
      importId: z.uuid().nullable(),
      written: z.boolean(),
      rowsRead: z.number().int(),
      linesRead: z.number().int(),
      linesWritten: z.number().int(),
      linesAlreadyPresent: z.number().int(),
      rowsRefused: z.number().int(),
      rowsSkipped: z.number().int(),
      revenueWrittenCents: z.number().int(),
      problems: z.array(
        z.object({
          rowNumber: z.number().int(),
          field: z.string().nullable(),
          reason: z.string(),
          skipped: z.literal(true).optional(),
        }),
      ),
      customers: z.object({
        matched: z.object({
          byCode: z.number().int(),
          byKvk: z.number().int(),
          byName: z.number().int(),
        }),
        created: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() })),
        createdCount: z.number().int(),
        unknown: z.array(
          customer.extend({
            key: z.string(),
            lines: z.number().int(),
            reason: z.enum(['unknown', 'ambiguous']),
          }),
        ),
        unknownLines: z.number().int(),
      }),
    }),
  })
  .openapi('ImportResult');
