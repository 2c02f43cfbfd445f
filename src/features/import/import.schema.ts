// The choices an import takes (query parameters beside the file) and what it reports.
import { z } from '@hono/zod-openapi';
import { ownReason } from '../../core/field-reasons.ts';
import { reasonCodes } from '../../core/import/problem-reason.ts';

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
        params: ownReason('columnMapping'),
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
        ctx.addIssue({
          code: 'custom',
          message: 'must be row numbers such as 3,4,120',
          params: ownReason('rowNumbers'),
        });
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

/** A table's columns as the file has them, how they are read, and its first rows. */
const tableSchema = z.object({
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
  sheetNames: z.array(z.string()).optional(),
  sheetName: z.string().optional(),
});

/** Why something cannot be read: a code for the client to say it in the user's language. */
const reason = z
  .object({
    code: z.enum(reasonCodes),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    reason: z.string().openapi({ description: 'The reason in English' }),
  })
  .openapi('ImportReason');

const problem = reason.extend({
  rowNumber: z.number().int(),
  field: z.string().nullable(),
  skipped: z.literal(true).optional(),
});

const customers = z.object({
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
});

const revenueReport = z.object({
  importId: z.uuid().nullable(),
  written: z.boolean(),
  rowsRead: z.number().int(),
  linesRead: z.number().int(),
  linesWritten: z.number().int(),
  linesAlreadyPresent: z.number().int(),
  linesToWrite: z.number().int(),
  rowsRefused: z.number().int(),
  rowsSkipped: z.number().int(),
  revenueWrittenCents: z.number().int(),
  revenueToWriteCents: z.number().int(),
  paymentsUpdated: z.number().int().openapi({
    description:
      'Lines imported before whose due or paid date this export changes: updated (or to update)',
  }),
  problems: z.array(problem),
  customers,
});

const assignmentReport = z.object({
  importId: z.uuid().nullable(),
  written: z.boolean(),
  rowsRead: z.number().int(),
  assignmentsRead: z.number().int(),
  assignmentsWritten: z.number().int(),
  assignmentsAlreadyPresent: z.number().int(),
  assignmentsToWrite: z.number().int(),
  rowsRefused: z.number().int(),
  rowsSkipped: z.number().int(),
  professionalsUnknown: z.array(z.string()),
  problems: z.array(problem),
  customers,
});

/**
 * What a check found. When the columns cannot be read as asked (no header row found, a column
 * the import needs not chosen), `columnProblems` says why and `report` is null: the table is
 * still shown, so the user can choose the columns.
 */
const checkOf = <Format extends z.ZodType, Report extends z.ZodType>(
  format: Format,
  report: Report,
) =>
  z.object({
    format,
    table: tableSchema.nullable(),
    columnProblems: z.array(reason),
    report: report.nullable(),
  });

export const revenueImportResultSchema = z
  .object({
    format: z.enum(['csv', 'xlsx', 'xaf']),
    table: tableSchema.nullable(),
    report: revenueReport,
  })
  .openapi('RevenueImportResult');

export const revenueImportCheckSchema = checkOf(
  z.enum(['csv', 'xlsx', 'xaf']),
  revenueReport,
).openapi('RevenueImportCheck');

export const assignmentImportResultSchema = z
  .object({ format: z.enum(['csv', 'xlsx']), table: tableSchema, report: assignmentReport })
  .openapi('AssignmentImportResult');

export const assignmentImportCheckSchema = checkOf(
  z.enum(['csv', 'xlsx']),
  assignmentReport,
).openapi('AssignmentImportCheck');
