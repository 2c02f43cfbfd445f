// The customer as a row of an export names it: by code, KvK number, VAT number and name.
import { normaliseKvkNumber } from '../kvk-number.ts';
import { cellText, quoteCell, type Cell } from './cell.ts';
import { because, type ProblemReason } from './problem-reason.ts';
import type { SourceCustomer } from './revenue-line.ts';

/** The columns that name the customer, as a mapping gives them. */
export type CustomerColumns = {
  customerCode?: number;
  customerName?: number;
  kvkNumber?: number;
  vatNumber?: number;
};

export type CustomerReading =
  | { ok: true; customer: SourceCustomer | null }
  | ({ ok: false; field: 'kvkNumber' } & ProblemReason);

/** The customer in a row's own columns; null when they are all empty. */
export function readCustomer(cells: readonly Cell[], columns: CustomerColumns): CustomerReading {
  const text = (column: number | undefined) =>
    column === undefined ? '' : cellText(cells[column]).replace(/\s+/g, ' ');
  const code = text(columns.customerCode) || null;
  const name = text(columns.customerName) || null;
  // Placeholders such as "-" or "onbekend" carry no digits and count as empty.
  const vat = text(columns.vatNumber)
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  const vatNumber = /\d/.test(vat) ? vat : null;
  const kvk = text(columns.kvkNumber);
  let kvkNumber: string | null = null;
  if (/\d/.test(kvk)) {
    // Spreadsheets drop the leading zero of KvK numbers such as 09012345.
    const normalised = normaliseKvkNumber(/^\d{7}$/.test(kvk) ? `0${kvk}` : kvk);
    if (normalised === undefined) {
      return {
        ok: false,
        field: 'kvkNumber',
        ...because('customer.notAKvkNumber', { cell: quoteCell(kvk) }),
      };
    }
    kvkNumber = normalised;
  }
  const named = code !== null || kvkNumber !== null || name !== null;
  return { ok: true, customer: named ? { code, kvkNumber, vatNumber, name } : null };
}

/**
 * The customer a group row of a report announces for the lines below it: its customer
 * columns, or else its first text, such as "1001 Bouwbedrijf De Vries" or "Debiteur: 1001".
 */
export function groupRowCustomer(
  cells: readonly Cell[],
  columns: CustomerColumns,
): SourceCustomer | null {
  const own = readCustomer(cells, columns);
  if (own.ok && own.customer !== null) {
    const { code, name, kvkNumber, vatNumber } = own.customer;
    // One text in a customer column may still be "1001 - Bouwbedrijf De Vries".
    const single = kvkNumber === null && vatNumber === null && (code === null) !== (name === null);
    return (single && codeAndName(code ?? name ?? '')) || own.customer;
  }
  const label = cells.map(cellText).find((text) => text !== '');
  if (label === undefined) return null;
  const text = label
    .replace(/\s+/g, ' ')
    .replace(
      /^(?:debiteur|klant|relatie|customer|client|debtor)(?:nummer|nr\.?)?\s*(?::\s*|\s)/i,
      '',
    );
  if (/^\d{1,12}$/.test(text)) return { code: text, kvkNumber: null, vatNumber: null, name: null };
  return codeAndName(text) ?? { code: null, kvkNumber: null, vatNumber: null, name: text };
}

/** "1001 - Bouwbedrijf De Vries" or "1001 Bouwbedrijf De Vries" as code and name. */
function codeAndName(text: string): SourceCustomer | null {
  const split = /^(\d{1,12})(?:\s*[-–:|]\s*|\s+)(\S.*)$/.exec(text);
  if (!split?.[1] || !split[2]) return null;
  return { code: split[1], kvkNumber: null, vatNumber: null, name: split[2] };
}

/** A spelling of a customer's name and the date of the line that gives it. */
export type NameSeen = { name: string; date: string | null };

/**
 * Which spelling of one customer's name a new client takes: the most recent, by the date of the
 * line (of one date, or without dates, the later row: `found`). A firm is renamed or its name's
 * typo corrected, and the latest invoice spells it as the accounting package does today; the
 * most frequent spelling would keep a long-standing client's old name for years (decision 0018).
 */
export function laterSpelling(known: NameSeen | null, found: NameSeen): NameSeen {
  if (known === null || known.date === null) return found;
  if (found.date === null) return known;
  return found.date >= known.date ? found : known;
}
