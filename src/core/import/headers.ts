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
  | 'description'
  | 'dueDate'
  | 'paidDate';

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
    'debiteurnummer|debiteurnr|debiteurcode|deb nr|debnr|klantnummer|klantnr|klantcode|' +
    'relatiecode|relatienummer|relatienr|code debiteur|nummer debiteur|customer code|' +
    'customer number|customer no|customer id|client code|client number|client no|client id|' +
    'account number|account code|account id|debtor number|debtor code|debtor no|' +
    'relation code|relation number|contact code|contact number',
  customerName:
    'klantnaam|naam klant|relatienaam|naam relatie|naam|debiteurnaam|naam debiteur|' +
    'bedrijf|bedrijfsnaam|organisatie|customer name|client name|account name|company|' +
    'company name|name|organisation|organization|debtor name|relation name|contact name|' +
    'contactnaam|naam contact',
  kvkNumber:
    'kvk|kvk nummer|kvknr|kvk nr|kamer van koophandel|kvk number|chamber of commerce|coc|coc number',
  vatNumber:
    'btw nummer|btwnr|btw nr|btw id|btw identificatienummer|omzetbelastingnummer|vat number|' +
    'vat no|vat id|vat registration number',
} as const;

/**
 * Headers that name the customer without saying whether the column holds its code or its name:
 * "Debiteur" is a number in one package and a company in the next. The cells decide (see
 * customerColumnKind); without cells, the word's usual meaning does.
 */
const EITHER_CUSTOMER: Record<string, 'customerCode' | 'customerName'> = {
  debiteur: 'customerCode',
  debtor: 'customerCode',
  klant: 'customerName',
  relatie: 'customerName',
  customer: 'customerName',
  client: 'customerName',
  account: 'customerName',
  contact: 'customerName',
  relation: 'customerName',
};

const SERVICE_LINE =
  'dienst|dienstverlening|diensten|product|productgroep|service|service line|services|dienstlijn|' +
  'vakgebied|praktijkgroep|omzetgroep|grootboek|grootboekrekening|omzetrekening|gl account';
const HOURS = 'uren|aantal uren|hours|number of hours';

const REVENUE: Synonyms<RevenueField> = {
  ...CUSTOMER,
  invoiceDate:
    'factuurdatum|datum|boekdatum|boekingsdatum|documentdatum|transactiedatum|invoice date|date|' +
    'document date|posting date|transaction date|booking date|entry date',
  amount:
    'bedrag|omzet|bedrag excl btw|bedrag exclusief btw|excl btw|exclusief btw|netto|netto bedrag|' +
    'nettobedrag|omzet excl btw|totaal excl btw|omzetbedrag|net|net amount|amount|revenue|' +
    'amount excl vat|excl vat|sales|turnover|bedrag excl|total excl vat|total excluding vat|' +
    'amount excluding vat',
  grossAmount:
    'bedrag incl btw|bedrag inclusief btw|incl btw|inclusief btw|bruto|brutobedrag|bruto bedrag|' +
    'totaal|totaal incl btw|factuurbedrag|gross|gross amount|total|amount incl vat|incl vat|' +
    'total incl vat|bedrag incl|totaalbedrag|total amount|invoice amount|total including vat',
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
  // when the invoice fell due and when it was paid: the client's payment behaviour (decision 0041)
  dueDate:
    'vervaldatum|vervaldag|verval datum|uiterste betaaldatum|betalen voor|due date|due|' +
    'payment due|payment due date|date due',
  paidDate:
    'betaaldatum|betaald op|datum betaald|datum betaling|betalingsdatum|datum voldaan|' +
    'voldaan op|paid date|paid on|date paid|payment date|settled on|settlement date',
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

/** The cells of a column below the header (a sample), to tell a code from a name. */
export type ColumnCells = (column: number) => readonly unknown[];

/** The columns of a revenue export, proposed from its header row and the cells below it. */
export function proposeMapping(
  headerCells: readonly unknown[],
  cellsOf?: ColumnCells,
): Mapping<RevenueField> {
  return propose(headerCells, REVENUE, cellsOf);
}

/** The columns of an assignments (opdrachten) export, proposed from its header row. */
export function proposeAssignmentMapping(
  headerCells: readonly unknown[],
  cellsOf?: ColumnCells,
): Mapping<AssignmentField> {
  return propose(headerCells, ASSIGNMENT, cellsOf);
}

/**
 * Each field goes to the column whose header names it most specifically: a whole header equal
 * to a synonym beats a synonym inside a longer header, and a longer synonym beats a shorter one
 * ("Bedrag incl. btw" is the gross amount although it contains "bedrag" and "btw"). A header
 * that may hold either the customer's code or its name ("Debiteur") comes last, and takes
 * what its cells show, so that "Debiteurnummer;Debiteur" gives the code and the name.
 */
function propose<Field extends string>(
  headerCells: readonly unknown[],
  synonyms: Synonyms<Field>,
  cellsOf?: ColumnCells,
): Mapping<Field> {
  const fields = Object.keys(synonyms) as Field[];
  const candidates: { column: number; field: Field; score: number }[] = [];
  const eitherCustomer: { column: number; score: number; usual: CustomerField }[] = [];
  headerCells.forEach((cell, column) => {
    const header = headerKey(cell);
    if (header === '' || header.length > 60) return;
    fields.forEach((field) => {
      const score = Math.max(...synonyms[field].split('|').map((phrase) => fit(header, phrase)));
      if (score > 0) candidates.push({ column, field, score });
    });
    for (const [phrase, usual] of Object.entries(EITHER_CUSTOMER)) {
      const score = fit(header, phrase);
      if (score > 0) eitherCustomer.push({ column, score, usual });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Mapping<Field> = {};
  const usedColumns = new Set<number>();
  for (const { column, field } of candidates) {
    if (usedColumns.has(column) || mapping[field] !== undefined) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  if (!('customerCode' in synonyms && 'customerName' in synonyms)) return mapping;
  const customer = mapping as Mapping<CustomerField>;
  eitherCustomer.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { column, usual } of eitherCustomer) {
    if (usedColumns.has(column)) continue;
    const kind = cellsOf ? customerColumnKind(cellsOf(column)) : undefined;
    const other = usual === 'customerCode' ? 'customerName' : 'customerCode';
    // cells that show codes never become the name, nor names the code
    const field = kind ?? (customer[usual] === undefined ? usual : other);
    if (customer[field] !== undefined) continue;
    customer[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

type CustomerField = 'customerCode' | 'customerName';

/**
 * A remembered mapping that names no column for the customer's name takes the one proposed now
 * when that column is free: mappings remembered before a header such as "Debiteur" was read by
 * its cells left the name out, and would name new clients by their code.
 */
export function withProposedName<Field extends string>(
  remembered: Mapping<Field>,
  proposed: Mapping<Field>,
): Mapping<Field> {
  const name = (proposed as Mapping<CustomerField>).customerName;
  const mapping = remembered as Mapping<CustomerField>;
  if (mapping.customerName !== undefined || name === undefined) return remembered;
  if (Object.values(remembered).includes(name)) return remembered;
  return { ...remembered, customerName: name };
}

/**
 * What a customer column holds, judged by its filled cells: codes (digits, or one short word
 * with a digit such as "C-01" or "DEB1000") or names (words). Undefined without filled cells.
 */
export function customerColumnKind(cells: readonly unknown[]): CustomerField | undefined {
  let codes = 0;
  let names = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    if (looksLikeCode(text)) codes++;
    else names++;
  }
  if (codes + names === 0) return undefined;
  return codes > names ? 'customerCode' : 'customerName';
}

function looksLikeCode(text: string): boolean {
  return /^\d+$/.test(text) || (/^\S{1,20}$/.test(text) && /\d/.test(text));
}

// Inside a longer header these words say what the column is: "Datum factuur" is a date.
const KIND_WORDS = new Set(['datum', 'date', 'bedrag', 'amount', 'uren', 'hours']);

function fit(header: string, phrase: string): number {
  const compact = (text: string) => text.replace(/ /g, '');
  if (header === phrase || compact(header) === compact(phrase)) return 1000 + phrase.length;
  if (!` ${header} `.includes(` ${phrase} `)) return 0;
  return (KIND_WORDS.has(phrase) ? 600 : 500) + phrase.length;
}
