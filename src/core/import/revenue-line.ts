// What every revenue source (a CSV or XLSX export, an XML Auditfile Financieel) turns its rows
// into, before the lines are matched to organisations and written.
import type { ProblemReason } from './problem-reason.ts';

/** The customer as the source names it; at least one of code, KvK number or name is present. */
export type SourceCustomer = {
  /** The customer's code in the accounting package (debtor number, relation code). */
  code: string | null;
  /** Chamber of Commerce number, 8 digits, when the source has it. */
  kvkNumber: string | null;
  vatNumber: string | null;
  name: string | null;
};

/** One line of revenue read from a source: net of VAT, in whole cents, credit notes negative. */
export type RevenueLineCandidate = {
  /** Where it came from, for messages: the file's row number (1-based) or an XML line number. */
  rowNumber: number;
  customer: SourceCustomer;
  /** ISO date (YYYY-MM-DD). */
  invoiceDate: string;
  /** Net of VAT, integer cents; negative for a credit note. */
  amountCents: number;
  invoiceNumber: string | null;
  serviceLine: string | null;
  /** Hours as a decimal string with at most two decimals ("12.5"), or null. */
  hours: string | null;
  /** Cost price in integer cents, or null (a margin column becomes cost = amount − margin). */
  costCents: number | null;
  /**
   * When the invoice fell due and when it was paid (ISO dates), when the source says so; left
   * out of the fingerprint, so that a later export with the payments filled in updates the lines
   * it wrote before. Undefined: the source has no such column; null: the cell is empty (unpaid).
   */
  dueDate?: string | null;
  paidDate?: string | null;
  /**
   * Identifies the line across imports, so importing the same or an overlapping file never
   * doubles revenue: the same line read again gives the same fingerprint; two identical lines
   * in one source differ by their occurrence number.
   */
  fingerprint: string;
};

/**
 * A row the import will not write, and why: a code with its values ('date.notExisting', cell
 * "'31-02-2024'") and the reason in English ("'31-02-2024' is not an existing date"). The user
 * decides to import the rest or nothing.
 */
export type RowProblem = ProblemReason & {
  rowNumber: number;
  /** The mapped field at fault ("invoiceDate", "amount"…), or null for the whole row. */
  field: string | null;
  /**
   * Left out on purpose rather than wrong (a totals row): shown to the user, but it does not
   * stop an import that takes no rows with problems.
   */
  skipped?: true;
};
