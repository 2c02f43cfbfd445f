// Recognising the columns of an export by their headers, in Dutch and English, however the
// accounting package capitalises, accents or punctuates them.
import { searchKey } from '../search-key.ts';
import { cellText } from './cell.ts';
import { because, type ProblemReason } from './problem-reason.ts';

export type RevenueField =
  | 'customerCode'
  | 'customerName'
  | 'kvkNumber'
  | 'vatNumber'
  | 'invoiceDate'
  | 'amount'
  | 'grossAmount'
  | 'vatAmount'
  | 'vatRate'
  | 'invoiceNumber'
  | 'serviceLine'
  | 'hours'
  | 'cost'
  | 'margin'
  | 'debitCredit'
  | 'debit'
  | 'credit'
  | 'description';

export type AssignmentField =
  | 'customerCode'
  | 'customerName'
  | 'kvkNumber'
  | 'vatNumber'
  | 'title'
  | 'serviceLine'
  | 'startDate'
  | 'endDate'
  | 'fee'
  | 'hours'
  | 'professional';

/** Which column (0-based) holds each field; a column holds at most one field. */
export type Mapping<Field extends string = RevenueField> = Partial<Record<Field, number>>;

type Synonyms<Field extends string> = Record<Field, string>;

// Headers as headerKey() writes them, separated by '|'.
const CUSTOMER = {
  customerCode:
    'debiteur|debiteurnummer|debiteurnr|debiteurcode|deb nr|debnr|klantnummer|klantnr|klantcode|' +
    'relatiecode|relatienummer|relatienr|customer code|customer number|customer no|customer id|' +
    'client code|client number|client no|client id|account number|account code|account id|' +
    'debtor|debtor number|debtor code',
  customerName:
    'klant|klantnaam|naam klant|relatie|relatienaam|naam relatie|naam|debiteurnaam|naam debiteur|' +
    'bedrijf|bedrijfsnaam|organisatie|customer|customer name|client|client name|account|' +
    'account name|company|company name|name|organisation|organization',
  kvkNumber:
    'kvk|kvk nummer|kvknr|kvk nr|kamer van koophandel|kvk number|chamber of commerce|coc|coc number',
  vatNumber:
    'btw nummer|btwnr|btw nr|btw id|btw identificatienummer|omzetbelastingnummer|vat number|' +
    'vat no|vat id|vat registration number',
} as const;

const SERVICE_LINE =
  'dienst|dienstverlening|diensten|product|productgroep|service|service line|services|dienstlijn|' +
  'vakgebied|praktijkgroep|omzetgroep|grootboek|grootboekrekening|omzetrekening|gl account';
const HOURS = 'uren|aantal uren|hours|number of hours';

const REVENUE: Synonyms<RevenueField> = {
  ...CUSTOMER,
  invoiceDate:
    'factuurdatum|datum|boekdatum|boekingsdatum|documentdatum|transactiedatum|invoice date|date|' +
    'document date|posting date|transaction date',
  amount:
    'bedrag|omzet|bedrag excl btw|bedrag exclusief btw|excl btw|exclusief btw|netto|netto bedrag|' +
    'nettobedrag|omzet excl btw|totaal excl btw|omzetbedrag|net|net amount|amount|revenue|' +
    'amount excl vat|excl vat|sales|turnover',
  grossAmount:
    'bedrag incl btw|bedrag inclusief btw|incl btw|inclusief btw|bruto|brutobedrag|bruto bedrag|' +
    'totaal|totaal incl btw|factuurbedrag|gross|gross amount|total|amount incl vat|incl vat|' +
    'total incl vat',
  vatAmount: 'btw|btw bedrag|btwbedrag|bedrag btw|omzetbelasting|vat|vat amount|tax|tax amount',
  vatRate:
    'btw procent|btw percentage|btw tarief|btwtarief|vat procent|vat rate|vat percentage|tax rate',
  invoiceNumber:
    'factuurnummer|factuurnr|factuur nr|factuur|invoice|invoice number|invoice no|invoice nr|' +
    'boekstuk|boekstuknummer|boekstuknr|documentnummer|document number|stuknummer',
  serviceLine: SERVICE_LINE,
  hours: HOURS,
  cost: 'kostprijs|kosten|inkoopprijs|inkoop|cost|costs|cost price',
  margin: 'marge|brutomarge|margin|gross margin',
  debitCredit: 'd c|dc|debet credit|debit credit|dr cr|debet of credit|debit or credit',
  debit: 'debet|debit|dr|debetbedrag|bedrag debet|debit amount',
  credit: 'credit|cr|creditbedrag|bedrag credit|credit amount',
  description: 'omschrijving|description|toelichting|memo|tekst|oms|regelomschrijving|text',
};

const ASSIGNMENT: Synonyms<AssignmentField> = {
  ...CUSTOMER,
  title:
    'opdracht|opdrachtnaam|naam opdracht|omschrijving|omschrijving opdracht|project|projectnaam|' +
    'title|titel|description|assignment|engagement|onderwerp',
  serviceLine: SERVICE_LINE,
  startDate: 'startdatum|begindatum|begin|start|start date|ingangsdatum|aanvangsdatum|datum start',
  endDate: 'einddatum|eind|einde|end|end date|datum eind|opleverdatum',
  fee:
    'honorarium|fee|budget|opdrachtwaarde|waarde|bedrag|value|contract value|vaste prijs|' +
    'fixed fee|amount|prijs',
  hours: `${HOURS}|begrote uren|budget uren|geplande uren|budgeted hours|planned hours`,
  professional:
    'professional|medewerker|behandelaar|consultant|partner|verantwoordelijke|adviseur|' +
    'accountmanager|account manager|eigenaar|owner|email|e mail|emailadres|e mailadres',
};

/** Columns chosen twice or that do not exist. */
export function columnProblems(mapping: Partial<Record<string, number>>): ProblemReason[] {
  const problems: ProblemReason[] = [];
  const fieldsByColumn = new Map<number, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0)
      problems.push(because('columns.noSuchColumn', { field }));
    const other = fieldsByColumn.get(column);
    if (other !== undefined)
      problems.push(because('columns.chosenTwice', { column: column + 1, other, field }));
    fieldsByColumn.set(column, field);
  }
  return problems;
}

/** A header as compared: folded, punctuation gone, '%' as a word ("BTW %" → "btw procent"). */
export function headerKey(cell: unknown): string {
  return searchKey(cellText(cell))
    .replace(/%/g, ' procent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The columns of a revenue export, proposed from its header row. */
export function proposeMapping(headerCells: readonly unknown[]): Mapping<RevenueField> {
  return propose(headerCells, REVENUE);
}

/** The columns of an assignments (opdrachten) export, proposed from its header row. */
export function proposeAssignmentMapping(
  headerCells: readonly unknown[],
): Mapping<AssignmentField> {
  return propose(headerCells, ASSIGNMENT);
}

/**
 * Each field goes to the column whose header names it most specifically: a whole header equal
 * to a synonym beats a synonym inside a longer header, and a longer synonym beats a shorter one
 * ("Bedrag incl. btw" is the gross amount although it contains "bedrag" and "btw").
 */
function propose<Field extends string>(
  headerCells: readonly unknown[],
  synonyms: Synonyms<Field>,
): Mapping<Field> {
  const fields = Object.keys(synonyms) as Field[];
  const candidates: { column: number; field: Field; score: number }[] = [];
  headerCells.forEach((cell, column) => {
    const header = headerKey(cell);
    if (header === '' || header.length > 60) return;
    fields.forEach((field) => {
      const score = Math.max(...synonyms[field].split('|').map((phrase) => fit(header, phrase)));
      if (score > 0) candidates.push({ column, field, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Mapping<Field> = {};
  const usedColumns = new Set<number>();
  for (const { column, field } of candidates) {
    if (usedColumns.has(column) || mapping[field] !== undefined) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

// Inside a longer header these words say what the column is: "Datum factuur" is a date.
const KIND_WORDS = new Set(['datum', 'date', 'bedrag', 'amount', 'uren', 'hours']);

function fit(header: string, phrase: string): number {
  const compact = (text: string) => text.replace(/ /g, '');
  if (header === phrase || compact(header) === compact(phrase)) return 1000 + phrase.length;
  if (!` ${header} `.includes(` ${phrase} `)) return 0;
  return (KIND_WORDS.has(phrase) ? 600 : 500) + phrase.length;
}
