// The revenue of a made-up firm for the import and portfolio benchmarks: customers with a size,
// a first and a last year, and a stream of invoice lines in date order over ten years. Seeded, so
// every run and every machine gets the same data; streamed, so a million lines take no memory.
import { canonicalLine, lineFingerprint } from '../src/core/import/fingerprint.ts';
import { searchKey } from '../src/core/search-key.ts';

export const firstYear = 2015;
export const years = 10;
export const lastYear = firstYear + years - 1;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A standard normal number (Box–Muller). */
function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const hex = (n: number, digits: number) => (n >>> 0).toString(16).padStart(digits, '0');

/** A version-4 UUID from the generator, so the same seed gives the same ids. */
export function seededUuid(random: () => number): string {
  const word = () => Math.floor(random() * 4_294_967_296);
  const [a, b, c, d] = [word(), word(), word(), word()];
  return (
    `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(0x4000 | (b & 0x0fff), 4)}-` +
    `${hex(0x8000 | ((c >>> 16) & 0x3fff), 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`
  );
}

export type Customer = {
  index: number;
  /** The debtor number in the accounting package: D10000, D10001… */
  code: string;
  name: string;
  firstYear: number;
  lastYear: number;
  /** How often it is invoiced, relative to the others. */
  weight: number;
  /** Its typical invoice, in cents. */
  typicalCents: number;
  serviceLines: string[];
  /** The day (from 1 January of the first year) of the invoice every customer is sure to get. */
  firstDay: number;
};

const trades = [
  'Bakkerij',
  'Bouwbedrijf',
  'Installatiebedrijf',
  'Advocatenkantoor',
  'Tandartspraktijk',
  'Garagebedrijf',
  'Transportbedrijf',
  'Drukkerij',
  'Hoveniersbedrijf',
  'Schildersbedrijf',
  'Eetcafé',
  'Architectenbureau',
  'Kinderopvang',
  'Fysiotherapie',
  'Loonbedrijf',
  'Melkveehouderij',
  'Makelaardij',
  'Slagerij',
  'Reisbureau',
  'Metaalbewerking',
  'Zorgboerderij',
  'Timmerfabriek',
  'Ingenieursbureau',
  'Kwekerij',
];
const surnames = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van Dijk',
  'Schouten',
  'Willems',
  'Hoekstra',
  'Koster',
  'Prins',
  'Verhoeven',
  'Kuipers',
  'Çelik',
  'Nijland',
];
const places = [
  'Amersfoort',
  'Zwolle',
  'Deventer',
  "'s-Hertogenbosch",
  'Leeuwarden',
  'Groningen',
  'Tilburg',
  'Breda',
  'Apeldoorn',
  'Enschede',
  'Haarlem',
  'Delft',
  'Venlo',
  'Middelburg',
  'Emmen',
  'Hoorn',
];
const legalForms = ['B.V.', 'B.V.', 'B.V.', 'V.O.F.', 'Holding B.V.', '', '', 'C.V.'];
const services = [
  'Jaarrekening',
  'Aangifte IB',
  'Aangifte Vpb',
  'Salarisadministratie',
  'Financiële administratie',
  'Advies',
  'Controle',
  'Fiscaal advies',
];

const pick = <T>(random: () => number, from: readonly T[]): T =>
  from[Math.floor(random() * from.length)]!;

const daysInYears = (() => {
  const days: number[] = [];
  for (let year = firstYear; year <= lastYear; year++)
    days.push(new Date(Date.UTC(year + 1, 0, 1)).getTime() / 86_400_000 - yearStart(year));
  return days;
})();
const totalDays = daysInYears.reduce((a, b) => a + b, 0);

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

/** The customers of the firm: a few large, many small; some there from the start, some gone. */
export function makeCustomers(count: number, seed: number): Customer[] {
  const random = seededRandom(seed);
  const customers: Customer[] = [];
  for (let index = 0; index < count; index++) {
    const size = normal(random);
    const start = random() < 0.45 ? firstYear : firstYear + 1 + Math.floor(random() * (years - 1));
    const stays = random() < 0.65;
    const end = stays ? lastYear : start + Math.floor(random() * (lastYear - start + 1));
    let name = `${pick(random, trades)} ${pick(random, surnames)}`;
    if (random() < 0.4) name += ` ${pick(random, places)}`;
    const form = pick(random, legalForms);
    if (form) name += ` ${form}`;
    // what exports hold now and then: a quoted name, a separator inside a name
    const odd = random();
    if (odd < 0.01) name = `${pick(random, trades)} "De ${pick(random, surnames)}" ${form}`.trim();
    else if (odd < 0.02) name = `${pick(random, surnames)}; ${pick(random, surnames)} & Zn.`;
    const serviceCount = 1 + Math.floor(random() * 3);
    const serviceLines = Array.from({ length: serviceCount }, () => pick(random, services));
    const startDay = yearStart(start) - yearStart(firstYear);
    customers.push({
      index,
      code: `D${10_000 + index}`,
      name,
      firstYear: start,
      lastYear: end,
      weight: Math.max(0.25, Math.exp(1.1 * size)),
      typicalCents: Math.round(45_000 * Math.exp(0.6 * size + 0.5 * normal(random))),
      serviceLines: [...new Set(serviceLines)],
      firstDay: startDay + Math.floor(random() * daysInYears[start - firstYear]!),
    });
  }
  return customers;
}

export type Line = {
  customer: Customer;
  year: number;
  month: number;
  day: number;
  /** ISO date. */
  date: string;
  /** Net of VAT; negative for a credit note. */
  cents: number;
  invoiceNumber: string;
  serviceLine: string;
  /** Hours in hundredths, or null when the line has none. */
  hoursHundredths: number | null;
};

/**
 * `count` invoice lines in date order, spread evenly over the ten years; each customer gets at
 * least one (on its first day), the others go to the customers active in the year by weight.
 * About 3% are credit notes.
 */
export function* revenueLines(
  customers: readonly Customer[],
  count: number,
  seed: number,
): Generator<Line> {
  const random = seededRandom(seed);
  // per year the active customers and their cumulative weights, to pick one by weight
  const active: { customers: Customer[]; cumulative: Float64Array }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const those = customers.filter((c) => c.firstYear <= year && year <= c.lastYear);
    const cumulative = new Float64Array(those.length);
    let sum = 0;
    those.forEach((c, i) => (cumulative[i] = sum += c.weight));
    active.push({ customers: those, cumulative });
  }
  const firstOnDay = new Map<number, Customer[]>();
  for (const customer of customers) {
    const list = firstOnDay.get(customer.firstDay) ?? [];
    list.push(customer);
    firstOnDay.set(customer.firstDay, list);
  }
  const numbers = new Map<number, number>();
  let emitted = 0;
  let dayOfAll = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const { customers: those, cumulative } = active[year - firstYear]!;
    const total = cumulative[cumulative.length - 1] ?? 0;
    for (let dayOfYear = 0; dayOfYear < daysInYears[year - firstYear]!; dayOfYear++, dayOfAll++) {
      const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
      const month = date.getUTCMonth() + 1;
      const day = date.getUTCDate();
      const iso = `${year}-${two(month)}-${two(day)}`;
      const sure = firstOnDay.get(dayOfAll) ?? [];
      const due = Math.round((count * (dayOfAll + 1)) / totalDays) - emitted;
      const today = Math.max(due, sure.length);
      for (let i = 0; i < today; i++) {
        const customer =
          i < sure.length ? sure[i]! : those[weighted(cumulative, random() * total)]!;
        const credit = i >= sure.length && random() < 0.03;
        const size = customer.typicalCents * Math.exp(0.5 * normal(random));
        let cents = Math.max(2_500, Math.round(size));
        if (credit) cents = -Math.max(100, Math.round(cents * (0.2 + 0.8 * random())));
        const number = (numbers.get(year) ?? 0) + 1;
        numbers.set(year, number);
        const hourly = 9_500 + Math.floor(random() * 8) * 1_000;
        const withHours = !credit && random() < 0.85;
        yield {
          customer,
          year,
          month,
          day,
          date: iso,
          cents,
          invoiceNumber: `${credit ? 'C' : 'F'}${year}${String(number).padStart(7, '0')}`,
          serviceLine: pick(random, customer.serviceLines),
          hoursHundredths: withHours ? Math.max(25, Math.round((cents * 4) / hourly) * 25) : null,
        };
      }
      emitted += today;
    }
  }
}

function weighted(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Hundredths of an hour as the database writes them: 1250 → "12.50". */
export const decimalHours = (hundredths: number) =>
  `${Math.floor(hundredths / 100)}.${two(hundredths % 100)}`;

/** The fingerprint an import gives the line (each line is unique, so its occurrence is 1). */
export function fingerprintOf(line: Line): string {
  return lineFingerprint(
    canonicalLine([
      `code:${line.customer.code.toLowerCase()}`,
      line.date,
      line.cents,
      line.invoiceNumber,
      line.serviceLine,
      null,
    ]),
    1,
  );
}

/** One row in COPY's text format. */
export function copyRow(values: readonly (string | number | null)[]): string {
  let row = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) row += '\t';
    row += value === null || value === undefined ? '\\N' : escapeCopy(String(value));
  }
  return `${row}\n`;
}

function escapeCopy(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
      )
    : text;
}

/** The columns an organisation is loaded with, in this order, by organizationCopyRow. */
export const organizationColumns =
  'workspace_id, id, name, customer_code, status, relation_level, client_since, name_key, search_key';

/** A customer as a client organisation of a firm, as the import would make it. */
export function organizationCopyRow(workspaceId: string, id: string, customer: Customer): string {
  const firstDate = new Date((yearStart(firstYear) + customer.firstDay) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return copyRow([
    workspaceId,
    id,
    customer.name,
    customer.code,
    'client',
    'other',
    firstDate,
    searchKey(customer.name),
    searchKey(customer.name, null, customer.code),
  ]);
}

/** The columns of a revenue line, in this order, by revenueLineCopyRow. */
export const revenueLineColumns =
  'workspace_id, id, organization_id, invoice_date, amount_cents, invoice_number, service_line, ' +
  'hours, cost_cents, import_id, fingerprint';

export function revenueLineCopyRow(
  workspaceId: string,
  id: string,
  organizationId: string,
  importId: string | null,
  line: Line,
): string {
  return copyRow([
    workspaceId,
    id,
    organizationId,
    line.date,
    line.cents,
    line.invoiceNumber,
    line.serviceLine,
    line.hoursHundredths === null ? null : decimalHours(line.hoursHundredths),
    null,
    importId,
    fingerprintOf(line),
  ]);
}

/** Text chunks of about 64 KB from a generator of rows, for a stream. */
export function* chunked(rows: Iterable<string>, size = 65_536): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += row;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
