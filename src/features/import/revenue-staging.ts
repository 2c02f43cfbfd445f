// The lines of an import streamed into a temporary table with COPY, inside the import's
// transaction: nothing is held in memory but the customers and the first problems.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { customerKey } from '../../core/import/customer-match.ts';
import { because } from '../../core/import/problem-reason.ts';
import { laterSpelling } from '../../core/import/source-customer.ts';
import type {
  RevenueLineCandidate,
  RowProblem,
  SourceCustomer,
} from '../../core/import/revenue-line.ts';

export type StagedCustomer = SourceCustomer & {
  key: string;
  lines: number;
  /** The date of the line whose spelling of the name is kept (see laterSpelling). */
  nameDate: string | null;
};

export type Staged = {
  rowsRead: number;
  lines: number;
  customers: Map<string, StagedCustomer>;
  problems: RowProblem[];
  problemCount: number;
  /** Rows left out on purpose (totals): shown, not counted as problems. */
  skippedCount: number;
};

/** At most this many problems are kept to show; all are counted. */
export const shownProblems = 1_000;

export async function stageRevenueLines(
  client: pg.PoolClient,
  source: AsyncIterable<RevenueLineCandidate | RowProblem>,
  onProgress?: (rowsRead: number) => void,
): Promise<Staged> {
  await client.query(`create temporary table import_lines (
      row_number bigint not null,
      customer_key text not null,
      invoice_date date not null,
      amount_cents bigint not null,
      invoice_number text,
      service_line text,
      hours numeric(12, 2),
      cost_cents bigint,
      due_date date,
      paid_date date,
      payment_tracked boolean not null,
      fingerprint text not null
    ) on commit drop`);
  const staged: Staged = {
    rowsRead: 0,
    lines: 0,
    customers: new Map(),
    problems: [],
    problemCount: 0,
    skippedCount: 0,
  };
  const problem = (found: RowProblem) => {
    if (found.skipped) staged.skippedCount++;
    else staged.problemCount++;
    if (staged.problems.length < shownProblems) staged.problems.push(found);
  };

  async function* copyText(): AsyncGenerator<string> {
    let chunk = '';
    for await (const item of source) {
      staged.rowsRead++;
      if (staged.rowsRead % 10_000 === 0) onProgress?.(staged.rowsRead);
      if ('reason' in item) {
        problem(item);
        continue;
      }
      const key = customerKey(item.customer);
      if (!key) {
        problem({
          rowNumber: item.rowNumber,
          field: 'customer',
          ...because('customer.unrecognisable'),
        });
        continue;
      }
      rememberCustomer(staged.customers, key, item.customer, item.invoiceDate);
      staged.lines++;
      chunk += copyLine([
        item.rowNumber,
        key,
        item.invoiceDate,
        item.amountCents,
        item.invoiceNumber,
        item.serviceLine,
        item.hours,
        item.costCents,
        item.dueDate ?? null,
        item.paidDate ?? null,
        item.paidDate === undefined ? 'f' : 't',
        item.fingerprint,
      ]);
      if (chunk.length > 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
    onProgress?.(staged.rowsRead);
  }

  await pipeline(Readable.from(copyText()), client.query(copyFrom('copy import_lines from stdin')));
  return staged;
}

export function rememberCustomer(
  customers: Map<string, StagedCustomer>,
  key: string,
  found: SourceCustomer,
  date: string | null,
) {
  const known = customers.get(key);
  if (!known) {
    customers.set(key, { ...found, key, lines: 1, nameDate: found.name === null ? null : date });
    return;
  }
  known.lines++;
  if (found.name !== null) {
    const seen = known.name === null ? null : { name: known.name, date: known.nameDate };
    const kept = laterSpelling(seen, { name: found.name, date });
    known.name = kept.name;
    known.nameDate = kept.date;
  }
  // a later line may name what an earlier one left out
  known.kvkNumber ??= found.kvkNumber;
  known.vatNumber ??= found.vatNumber;
  known.code ??= found.code;
}

/** One row in COPY's text format: tab-separated, `\N` for null, backslash escapes. */
export function copyLine(values: readonly (string | number | null)[]): string {
  return `${values.map((value) => (value === null ? '\\N' : escapeCopy(String(value)))).join('\t')}\n`;
}

const SPECIAL = /[\\\t\n\r\0]/;

function escapeCopy(text: string): string {
  if (!SPECIAL.test(text)) return text;
  // PostgreSQL text cannot hold NUL; nothing a user means is lost by dropping it
  return text
    .replace(/\0/g, '')
    .replace(/[\\\t\n\r]/g, (c) =>
      c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
    );
}
