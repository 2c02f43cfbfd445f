// The input of every portfolio computation: revenue per client per (fiscal) year, and the
// aggregation that all computations share, so "revenue in a year" means the same everywhere.
import { invalidField } from '../errors.ts';
import { assertCents, hundredthsOfHours } from './money.ts';

/**
 * A client's figures for one fiscal year. Several rows for the same client and year are added
 * together (for example one row per service line).
 */
export type ClientYear = {
  clientId: string;
  /** The fiscal year, named by the calendar year in which it starts (see fiscal-year.ts). */
  year: number;
  /** Net revenue excluding VAT in integer cents, credit notes already subtracted; may be ≤ 0. */
  revenueCents: number;
  /** Cost price in integer cents, when known. */
  costCents?: number | null;
  /** Hours worked, when known (at most two decimals count). */
  hours?: number | null;
  /** Number of assignments (opdrachten) carried out. */
  assignments?: number;
  serviceLines?: string[];
  /** Number of credit notes in the year. */
  creditNoteCount?: number;
  /** The credit notes' total as a positive amount in cents (already within revenueCents). */
  creditNoteCents?: number;
};

/** A client's year, added up. Cost and hours are known only when every row states them. */
export type ClientYearTotal = {
  clientId: string;
  year: number;
  revenueCents: number;
  costCents: number | null;
  /** Hours in whole hundredths (1250 = 12.5 hours), or null when not known. */
  hoursHundredths: number | null;
  assignments: number;
  /** Distinct service lines, sorted. */
  serviceLines: string[];
  creditNoteCount: number;
  creditNoteCents: number;
};

/** A client with its revenue for one year. */
export type ClientRevenue = { clientId: string; revenueCents: number };

/**
 * A client is active in a year when its total revenue there is above zero. A total of exactly
 * zero (an invoice fully credited) or below zero (only credit notes) counts as no revenue.
 */
export function isActive(revenueCents: number): boolean {
  return revenueCents > 0;
}

/** Client ids compare by code unit, not by locale, so orders are the same everywhere. */
export function compareClientIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Pareto order: revenue descending, equal revenue by client id. */
export function byRevenueDescending(a: ClientRevenue, b: ClientRevenue): number {
  return b.revenueCents - a.revenueCents || compareClientIds(a.clientId, b.clientId);
}

function assertCount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidField(field, `must be a whole number, 0 or more, got ${value}`);
  }
}

function assertRow(row: ClientYear): void {
  if (typeof row.clientId !== 'string' || row.clientId === '') {
    throw invalidField('clientId', 'must not be empty');
  }
  if (!Number.isSafeInteger(row.year))
    throw invalidField('year', `must be a year, got ${row.year}`);
  assertCents(row.revenueCents, 'revenueCents');
  if (row.costCents != null) assertCents(row.costCents, 'costCents');
  if (row.hours != null) hundredthsOfHours(row.hours);
  assertCount(row.assignments ?? 0, 'assignments');
  assertCount(row.creditNoteCount ?? 0, 'creditNoteCount');
  assertCount(row.creditNoteCents ?? 0, 'creditNoteCents');
}

/**
 * What one set of rows adds up to, worked out once: a report asks the same rows for the same
 * years many times. Rows are read as given and never changed, so the figures can be kept per
 * rows array (a WeakMap: they go when the rows go).
 */
type Summary = {
  totals: Map<number, Map<string, ClientYearTotal>>;
  revenue: Map<number, Map<string, number>>;
  active: Map<number, ClientRevenue[]>;
  years: number[];
};
const summaries = new WeakMap<readonly ClientYear[], Summary>();

function summaryOf(rows: readonly ClientYear[]): Summary {
  const known = summaries.get(rows);
  if (known) return known;
  const totals = new Map<number, Map<string, ClientYearTotal>>();
  for (const row of rows) {
    assertRow(row);
    let ofYear = totals.get(row.year);
    if (!ofYear) totals.set(row.year, (ofYear = new Map()));
    addRow(ofYear, row);
  }
  const summary: Summary = {
    totals,
    revenue: new Map(),
    active: new Map(),
    years: [...totals.keys()].sort((a, b) => a - b),
  };
  summaries.set(rows, summary);
  return summary;
}

function distinctSorted(lines: readonly string[] | undefined): string[] {
  if (!lines || lines.length === 0) return [];
  if (lines.length === 1) return [lines[0]!];
  return [...new Set(lines)].sort();
}

function addRow(totals: Map<string, ClientYearTotal>, row: ClientYear): void {
  const hours = row.hours == null ? null : hundredthsOfHours(row.hours);
  const total = totals.get(row.clientId);
  if (!total) {
    totals.set(row.clientId, {
      clientId: row.clientId,
      year: row.year,
      revenueCents: row.revenueCents,
      costCents: row.costCents ?? null,
      hoursHundredths: hours,
      assignments: row.assignments ?? 0,
      serviceLines: distinctSorted(row.serviceLines),
      creditNoteCount: row.creditNoteCount ?? 0,
      creditNoteCents: row.creditNoteCents ?? 0,
    });
    return;
  }
  total.revenueCents += row.revenueCents;
  total.costCents =
    total.costCents == null || row.costCents == null ? null : total.costCents + row.costCents;
  total.hoursHundredths =
    total.hoursHundredths == null || hours == null ? null : total.hoursHundredths + hours;
  total.assignments += row.assignments ?? 0;
  total.serviceLines = [...new Set([...total.serviceLines, ...(row.serviceLines ?? [])])].sort();
  total.creditNoteCount += row.creditNoteCount ?? 0;
  total.creditNoteCents += row.creditNoteCents ?? 0;
  assertCents(total.revenueCents, 'revenueCents');
}

/**
 * Every client's total for one year, keyed by client id; validates every row. The totals are
 * shared between calls on the same rows: read them, do not change them.
 */
export function clientYearTotals(
  rows: readonly ClientYear[],
  year: number,
): ReadonlyMap<string, Readonly<ClientYearTotal>> {
  return summaryOf(rows).totals.get(year) ?? new Map();
}

/** Each client's net revenue in a year (rows added up; clients without a row are absent). */
export function revenueByClient(
  rows: readonly ClientYear[],
  year: number,
): ReadonlyMap<string, number> {
  const summary = summaryOf(rows);
  let revenue = summary.revenue.get(year);
  if (!revenue) {
    revenue = new Map();
    for (const [clientId, total] of summary.totals.get(year) ?? []) {
      revenue.set(clientId, total.revenueCents);
    }
    summary.revenue.set(year, revenue);
  }
  return revenue;
}

/** The year's active clients (revenue > 0) in the Pareto order. */
export function activeClients(rows: readonly ClientYear[], year: number): ClientRevenue[] {
  const summary = summaryOf(rows);
  let active = summary.active.get(year);
  if (!active) {
    active = [...revenueByClient(rows, year)]
      .filter(([, revenueCents]) => isActive(revenueCents))
      .map(([clientId, revenueCents]) => ({ clientId, revenueCents }))
      .sort(byRevenueDescending);
    summary.active.set(year, active);
  }
  return active.map((client) => ({ clientId: client.clientId, revenueCents: client.revenueCents }));
}

/** The years that occur in the rows, ascending. */
export function yearsOf(rows: readonly ClientYear[]): number[] {
  return [...summaryOf(rows).years];
}
