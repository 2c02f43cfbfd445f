import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/errors.ts';
import type { RevenueLineCandidate, RowProblem } from '../../../core/import/revenue-line.ts';
import { isRowProblem, readAuditfile, type AuditfileSource } from './read-auditfile.ts';

const fixtures = join(import.meta.dirname, '../../../../test/fixtures/imports/xaf');
const fixturePath = (name: string) => join(fixtures, name);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

async function* chunksOf(content: string | Uint8Array, size: number) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function* whole(text: string) {
  yield text;
}

async function readAll(source: AuditfileSource) {
  const { header, customers, lines } = await readAuditfile(source);
  const revenue: RevenueLineCandidate[] = [];
  const problems: RowProblem[] = [];
  for await (const item of lines) {
    if (isRowProblem(item)) problems.push(item);
    else revenue.push(item);
  }
  return { header, customers, revenue, problems };
}

function totalsByCustomer(revenue: RevenueLineCandidate[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const line of revenue) {
    const code = line.customer.code ?? '?';
    totals[code] = (totals[code] ?? 0) + line.amountCents;
  }
  return totals;
}

/** The line number of the `<trLine>` that holds the first occurrence of `marker`. */
function trLineRow(text: string, marker: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(marker));
  for (let index = at; index >= 0; index -= 1) {
    if (lines[index]?.includes('<trLine>')) return index + 1;
  }
  throw new Error(`no trLine holds ${marker}`);
}

async function readError(source: AuditfileSource): Promise<DomainError> {
  try {
    await readAll(source);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    return error as DomainError;
  }
  throw new Error('the file was read without an error');
}

const summary = (revenue: RevenueLineCandidate[]) =>
  revenue.map((line) => ({
    customer: line.customer,
    invoiceDate: line.invoiceDate,
    amountCents: line.amountCents,
    invoiceNumber: line.invoiceNumber,
    serviceLine: line.serviceLine,
    fingerprint: line.fingerprint,
  }));

describe('readAuditfile: XAF 3.2', () => {
  const text = fixture('revenue-3.2.xaf');

  it('reads the header and the customers, not the supplier', async () => {
    const { header, customers } = await readAll(whole(text));
    expect(header).toEqual({
      version: '3.2',
      fiscalYear: '2024',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      currency: 'EUR',
      software: 'Boekhoudpakket Proef',
      companyName: 'Adviesbureau Voorbeeld B.V.',
      companyKvkNumber: null,
      companyVatNumber: 'NL009876543B01',
    });
    expect(customers).toEqual([
      {
        code: '1001',
        name: 'Bakkerij De Korenschoof B.V.',
        kvkNumber: '12345678',
        vatNumber: 'NL001234567B01',
      },
      { code: '1002', name: 'Stichting Zorgnetwerk Oost', kvkNumber: null, vatNumber: null },
    ]);
  });

  it('takes revenue from the sales journal only, net of VAT, credit notes negative', async () => {
    const { revenue } = await readAll(whole(text));
    // 1001: invoice 1,000.00 − credit note 200.00 + workshop 99.995 (rounded to 100.00);
    // 1002: 500.00 + 750.50 on two revenue accounts. The purchase journal (a supplier's credit
    // on a P&L account) and the memorial journal (400.00 on revenue for 1001) do not count.
    expect(totalsByCustomer(revenue)).toEqual({ '1001': 90_000, '1002': 125_050 });
    expect(revenue.map((line) => line.amountCents)).toEqual([
      100_000, 50_000, 75_050, -20_000, 10_000,
    ]);
  });

  it('fills each line from the line, its transaction and its account', async () => {
    const { revenue } = await readAll(whole(text));
    const [invoice, , training, creditNote, workshop] = revenue;
    expect(invoice).toMatchObject({
      rowNumber: trLineRow(text, 'Advies januari'),
      customer: { code: '1001', name: 'Bakkerij De Korenschoof B.V.', kvkNumber: '12345678' },
      invoiceDate: '2024-01-15',
      invoiceNumber: 'F2024-001',
      serviceLine: 'Omzet advies',
      hours: null,
      costCents: null,
    });
    expect(training).toMatchObject({
      serviceLine: 'Omzet opleidingen',
      customer: { code: '1002' },
    });
    expect(creditNote).toMatchObject({
      rowNumber: trLineRow(text, 'Creditering advies januari'),
      invoiceDate: '2024-02-28',
      invoiceNumber: 'C2024-001',
      amountCents: -20_000,
    });
    // No effDate on the line: the transaction's date.
    expect(workshop).toMatchObject({ invoiceDate: '2024-04-02', invoiceNumber: 'F2024-003' });
  });

  it('reports a sales transaction that names no customer instead of dropping it', async () => {
    const { problems } = await readAll(whole(text));
    expect(problems).toEqual([
      {
        rowNumber: trLineRow(text, 'Advies zonder debiteur'),
        field: 'customer',
        code: 'xaf.noCustomer',
        params: { line: '2', transaction: '24005', journal: 'VK' },
        reason:
          'Line 2 of transaction 24005 in sales journal VK: no line of the transaction names a customer (custSupID)',
      },
    ]);
  });

  it('reads the same from a file, from bytes in small chunks and from one string', async () => {
    const fromString = await readAll(whole(text));
    const fromPath = await readAll(fixturePath('revenue-3.2.xaf'));
    const fromChunks = await readAll(chunksOf(text, 7));
    expect(fromPath).toEqual(fromString);
    expect(fromChunks).toEqual(fromString);
  });
});

describe('readAuditfile: XAF 4.0', () => {
  const text = fixture('revenue-4.0.xaf');

  it('gives the same revenue as the same books in 3.2', async () => {
    const v32 = await readAll(whole(fixture('revenue-3.2.xaf')));
    const v40 = await readAll(whole(text));
    expect(summary(v40.revenue)).toEqual(summary(v32.revenue));
    expect(totalsByCustomer(v40.revenue)).toEqual({ '1001': 90_000, '1002': 125_050 });
    expect(v40.customers).toEqual(v32.customers);
    expect(v40.problems.map((problem) => problem.field)).toEqual(['customer']);
  });

  it('reads the version from the namespace and the firm’s KvK number', async () => {
    const { header } = await readAll(whole(text));
    expect(header).toMatchObject({
      version: '4.0',
      companyKvkNumber: '11223344',
      currency: 'EUR',
    });
  });

  it('reads a credit note written as negative credits, and keeps a foreign invoice in euros', async () => {
    const { revenue } = await readAll(whole(text));
    expect(revenue[0]).toMatchObject({ rowNumber: trLineRow(text, 'Advies januari') });
    expect(revenue[0]?.amountCents).toBe(100_000);
    expect(revenue[3]).toMatchObject({ invoiceNumber: 'C2024-001', amountCents: -20_000 });
  });
});

describe('readAuditfile: tolerance', () => {
  const text = fixture('revenue-3.2.xaf');
  const expected = { '1001': 90_000, '1002': 125_050 };

  it('reads a file without a namespace, or with another version number', async () => {
    const bare = await readAll(whole(text.replace(/ xmlns="[^"]*"/, '')));
    expect(bare.header.version).toBeNull();
    expect(totalsByCustomer(bare.revenue)).toEqual(expected);
    const other = await readAll(whole(text.replace('XAF/3.2', 'XAF/3.1')));
    expect(other.header.version).toBe('3.1');
    expect(totalsByCustomer(other.revenue)).toEqual(expected);
  });

  it('reads a file whose elements carry a namespace prefix', async () => {
    const prefixed = text
      .replace(/<(\/?)(?=[A-Za-z])/g, '<$1xaf:')
      .replace(' xmlns="', ' xmlns:xaf="');
    expect(prefixed).toContain('<xaf:trLine>');
    const { revenue } = await readAll(whole(prefixed));
    expect(totalsByCustomer(revenue)).toEqual(expected);
  });

  it('reads ISO-8859-1, and UTF-8 that is really Windows-1252', async () => {
    const accented = text.replace('Stichting Zorgnetwerk Oost', 'Stichting Zorgcafé Oost');
    const latin1 = Buffer.from(accented.replace('UTF-8', 'ISO-8859-1'), 'latin1');
    const mislabelled = Buffer.from(accented, 'latin1');
    for (const bytes of [latin1, mislabelled]) {
      const { customers, revenue } = await readAll(chunksOf(bytes, 4096));
      expect(customers[1]?.name).toBe('Stichting Zorgcafé Oost');
      expect(totalsByCustomer(revenue)).toEqual(expected);
    }
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace('UTF-8', 'UTF-16'), 'utf16le'),
    ]);
    const { revenue } = await readAll(chunksOf(bytes, 333));
    expect(totalsByCustomer(revenue)).toEqual(expected);
  });

  it('reads lines inside a trLines wrapper', async () => {
    const wrapped = text
      .replace(/(<trDt>[^<]*<\/trDt>(?:\s*<sourceID>[^<]*<\/sourceID>)?)/g, '$1<trLines>')
      .replace(/<\/transaction>/g, '</trLines></transaction>');
    const { revenue } = await readAll(whole(wrapped));
    expect(totalsByCustomer(revenue)).toEqual(expected);
  });

  it('reports a line on an account the general ledger does not have', async () => {
    const unknown = text.replace(
      '<accID>8100</accID>\n            <docRef>F2024-003</docRef>',
      '<accID>8999</accID>\n            <docRef>F2024-003</docRef>',
    );
    const { revenue, problems } = await readAll(whole(unknown));
    expect(totalsByCustomer(revenue)).toEqual({ '1001': 80_000, '1002': 125_050 });
    expect(problems).toContainEqual({
      rowNumber: trLineRow(unknown, 'Workshop hygiënecode'),
      field: 'account',
      code: 'xaf.unknownAccount',
      params: { line: '2', transaction: '24004', journal: 'VK', account: '8999' },
      reason:
        "Line 2 of transaction 24004 in sales journal VK is booked on account 8999, which is not in the audit file's general ledger",
    });
  });

  it('reports a revenue line whose transaction names two customers and it none', async () => {
    const two = text.replace(
      '<desc>Btw hoog</desc>\n            <amnt>262.61</amnt>',
      '<desc>Btw hoog</desc>\n            <custSupID>1001</custSupID>\n            <amnt>262.61</amnt>',
    );
    const ambiguous = two.replace(
      /(<desc>Advies februari<\/desc>[\s\S]*?)\s*<custSupID>1002<\/custSupID>/,
      '$1',
    );
    const { revenue, problems } = await readAll(whole(ambiguous));
    expect(totalsByCustomer(revenue)).toEqual({ '1001': 90_000, '1002': 75_050 });
    expect(problems).toContainEqual({
      rowNumber: trLineRow(ambiguous, 'Advies februari'),
      field: 'customer',
      code: 'xaf.customerAmbiguous',
      params: { line: '2', transaction: '24002', journal: 'VK', customers: '1002, 1001' },
      reason:
        'Line 2 of transaction 24002 in sales journal VK names no customer, and the transaction names several (1002, 1001)',
    });
  });

  it('reports an amount given only in a foreign currency', async () => {
    const foreign = text.replace(
      '<amnt>1000.00</amnt>\n            <amntTp>C</amntTp>',
      '<amntTp>C</amntTp>\n            <currency><curCode>USD</curCode><curAmnt>1085.00</curAmnt></currency>',
    );
    const { problems } = await readAll(whole(foreign));
    expect(problems).toContainEqual({
      rowNumber: trLineRow(foreign, 'Advies januari'),
      field: 'amount',
      code: 'xaf.foreignAmountOnly',
      params: {
        line: '2',
        transaction: '24001',
        journal: 'VK',
        currency: 'USD',
        amount: '1085.00',
        fileCurrency: 'EUR',
      },
      reason:
        'Line 2 of transaction 24001 in sales journal VK gives its amount only in USD (1085.00), not in EUR',
    });
  });

  it('reports a journal without a type once, and reads none of it', async () => {
    const untyped = text.replace('<jrnTp>S</jrnTp>', '');
    const { revenue, problems } = await readAll(whole(untyped));
    expect(revenue).toEqual([]);
    expect(problems).toEqual([
      {
        rowNumber: untyped.split('\n').findIndex((line) => line.includes('<journal>')) + 1,
        field: null,
        code: 'xaf.untypedJournal',
        params: { journal: 'VK (Verkoopboek)' },
        reason:
          'Journal VK (Verkoopboek) has no journal type (jrnTp), so it cannot be told to be a sales journal; its transactions are not read',
      },
    ]);
  });

  it('stops reading when the loop is left early', async () => {
    const { lines } = await readAuditfile(fixturePath('revenue-3.2.xaf'));
    for await (const item of lines) {
      expect(isRowProblem(item)).toBe(false);
      break;
    }
    expect(await lines.next()).toEqual({ value: undefined, done: true });
  });
});

describe('readAuditfile: fingerprints', () => {
  const text = fixture('revenue-3.2.xaf');

  it('are the same when the same file is read again, and differ between lines', async () => {
    const first = (await readAll(whole(text))).revenue.map((line) => line.fingerprint);
    const again = (await readAll(chunksOf(text, 100))).revenue.map((line) => line.fingerprint);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('recur in an overlapping audit file that holds an earlier year too', async () => {
    const earlier = `<transaction>
          <nr>23107</nr>
          <trDt>2023-11-20</trDt>
          <trLine><nr>1</nr><accID>1300</accID><effDate>2023-11-20</effDate><amnt>605.00</amnt><amntTp>D</amntTp><custSupID>1002</custSupID></trLine>
          <trLine><nr>2</nr><accID>8000</accID><effDate>2023-11-20</effDate><amnt>500.00</amnt><amntTp>C</amntTp></trLine>
        </transaction>
        <transaction>
          <nr>24001</nr>`;
    const overlapping = text
      .replace('<fiscalYear>2024</fiscalYear>', '<fiscalYear>2023-2024</fiscalYear>')
      .replace('<transaction>\n          <nr>24001</nr>', earlier);
    const year = (await readAll(whole(text))).revenue.map((line) => line.fingerprint);
    const both = (await readAll(whole(overlapping))).revenue.map((line) => line.fingerprint);
    expect(both).toHaveLength(year.length + 1);
    expect(both.slice(1)).toEqual(year);
  });

  it('tell two identical lines of one transaction apart', async () => {
    const revenueLine = /(<trLine>\s*<nr>2<\/nr>\s*<accID>8000<\/accID>[\s\S]*?<\/trLine>)/;
    const doubled = text.replace(revenueLine, '$1$1');
    const { revenue } = await readAll(whole(doubled));
    expect(revenue[0]?.amountCents).toBe(100_000);
    expect(revenue[1]?.amountCents).toBe(100_000);
    expect(revenue[0]?.fingerprint).not.toBe(revenue[1]?.fingerprint);
  });
});

describe('readAuditfile: what is not an audit file', () => {
  it('names the line where the XML is broken', async () => {
    const error = await readError(fixturePath('malformed.xaf'));
    expect(error.message).toMatch(/^The audit file is not well-formed XML at line 12: /);
  });

  it('names the line where a file breaks off', async () => {
    const text = fixture('revenue-3.2.xaf');
    const cut = text.slice(0, text.indexOf('<nr>24003</nr>'));
    const error = await readError(chunksOf(cut, 1000));
    expect(error.message).toMatch(/^The audit file is not well-formed XML at line \d+: /);
  });

  it('refuses other XML by its root element', async () => {
    const error = await readError(fixturePath('foreign.xml'));
    expect(error.message).toBe(
      'This is not an XML Auditfile Financieel: its root element is <Invoice>',
    );
  });

  it('refuses a DOCTYPE that declares entities before anything is read', async () => {
    const error = await readError(fixturePath('doctype-entity.xaf'));
    expect(error.message).toMatch(/declares XML entities/);
  });

  it('never resolves an entity from outside the file', async () => {
    const external = `<?xml version="1.0"?>
<!DOCTYPE auditfile SYSTEM "file:///etc/passwd">
<auditfile><header><curCode>EUR</curCode></header><company><companyName>&passwd;</companyName></company></auditfile>`;
    const error = await readError(whole(external));
    expect(error.message).toMatch(
      /^The audit file is not well-formed XML at line 3: undefined entity/,
    );
  });

  it('refuses an empty file, HTML, plain text and binary data', async () => {
    const cases: Array<[AuditfileSource, string]> = [
      [chunksOf('', 10), 'the file is empty'],
      [whole('  \n\n  '), 'the file is empty'],
      [
        whole('<!DOCTYPE html>\n<html><head><title>Inloggen</title></head></html>'),
        'its root element is <html>',
      ],
      [whole('Datum;Factuur;Bedrag\n2024-01-15;F1;1000,00\n'), 'it is not an XML file'],
      [
        chunksOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), 4),
        'it is not an XML file',
      ],
      [
        chunksOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8]), 3),
        'it is not an XML file',
      ],
      [whole('CLAIR1.00.00 Adviesbureau Voorbeeld     2024'), 'CLAIR1'],
      [
        whole(
          '<?xml version="1.0"?><auditfile><header><auditfileVersion>CLAIR2.00.00</auditfileVersion></header></auditfile>',
        ),
        'CLAIR2.00.00',
      ],
      [whole('<auditfile><something/></auditfile>'), 'it has no header, company or transactions'],
      [whole('<<<>>>'), 'it is not well-formed XML'],
    ];
    for (const [source, reason] of cases) {
      const error = await readError(source);
      expect(error.message).toMatch(/^This is not an XML Auditfile Financieel: /);
      expect(error.message).toContain(reason);
    }
  });
});

// The property: whatever the sales transactions, the revenue per customer is the sum of the
// credits minus the debits on profit-and-loss lines.

type GeneratedLine = { cents: number; side: 'C' | 'D'; account: '8000' | '8100'; style: number };
type GeneratedTransaction = {
  customer: 'K1' | 'K2' | 'K3';
  onRevenueLine: boolean;
  lines: GeneratedLine[];
};

const generatedTransaction = fc.record({
  customer: fc.constantFrom('K1' as const, 'K2' as const, 'K3' as const),
  onRevenueLine: fc.boolean(),
  lines: fc.array(
    fc.record({
      cents: fc.integer({ min: 0, max: 10_000_000_000 }),
      side: fc.constantFrom('C' as const, 'D' as const),
      account: fc.constantFrom('8000' as const, '8100' as const),
      style: fc.integer({ min: 0, max: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

/** Cents as an XML decimal in one of the ways packages write it, and the side to write it on. */
function written(cents: number, side: 'C' | 'D', style: number): [string, 'C' | 'D'] {
  const euros = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  switch (style) {
    case 1:
      return [euros.replace(/\.?0+$/, '') || '0', side];
    case 2:
      return [`${euros}0`, side];
    case 3:
      // XAF 4.0 allows negative amounts: −x on the other side is the same booking.
      return [`-${euros}`, side === 'C' ? 'D' : 'C'];
    default:
      return [euros, side];
  }
}

function generatedAuditfile(transactions: GeneratedTransaction[]): string {
  const trLine = (nr: number, account: string, amount: string, side: string, customer?: string) =>
    `<trLine><nr>${nr}</nr><accID>${account}</accID><effDate>2024-06-01</effDate>` +
    `<amnt>${amount}</amnt><amntTp>${side}</amntTp>` +
    (customer ? `<custSupID>${customer}</custSupID>` : '') +
    `</trLine>\n`;
  const sales = transactions.map((transaction, index) => {
    const revenue = transaction.lines.map((line, at) => {
      const [amount, side] = written(line.cents, line.side, line.style);
      return trLine(
        at + 2,
        line.account,
        amount,
        side,
        transaction.onRevenueLine ? transaction.customer : undefined,
      );
    });
    return (
      `<transaction><nr>${index + 1}</nr><trDt>2024-06-01</trDt>\n` +
      trLine(1, '1300', '121.00', 'D', transaction.customer) +
      revenue.join('') +
      trLine(99, '1810', '21.00', 'C') +
      `</transaction>\n`
    );
  });
  // The same lines in a memorial journal must not count.
  const memorial = transactions.map(
    (transaction, index) =>
      `<transaction><nr>M${index + 1}</nr><trDt>2024-06-01</trDt>\n` +
      trLine(1, '8000', '10.00', 'C', transaction.customer) +
      `</transaction>\n`,
  );
  const relations = ['K1', 'K2', 'K3']
    .map(
      (code) =>
        `<customerSupplier><custSupID>${code}</custSupID><custSupTp>C</custSupTp></customerSupplier>`,
    )
    .join('');
  const accounts = [
    ['1300', 'B'],
    ['1810', 'B'],
    ['8000', 'P'],
    ['8100', 'P'],
  ]
    .map(
      ([id, type]) => `<ledgerAccount><accID>${id}</accID><accTp>${type}</accTp></ledgerAccount>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2">
<header><fiscalYear>2024</fiscalYear><curCode>EUR</curCode></header>
<company><companyName>Proef</companyName>
<customersSuppliers>${relations}</customersSuppliers>
<generalLedger>${accounts}</generalLedger>
<transactions>
<journal><jrnID>VK</jrnID><jrnTp>S</jrnTp>
${sales.join('')}</journal>
<journal><jrnID>MEM</jrnID><jrnTp>M</jrnTp>
${memorial.join('')}</journal>
</transactions>
</company>
</auditfile>
`;
}

describe('readAuditfile: the revenue identity', () => {
  it('gives per customer the credits minus the debits on profit-and-loss lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedTransaction, { maxLength: 12 }),
        fc.integer({ min: 1, max: 200 }),
        async (transactions, chunkSize) => {
          const expected: Record<string, number> = {};
          for (const transaction of transactions) {
            for (const line of transaction.lines) {
              if (line.cents === 0) continue;
              const signed = line.side === 'C' ? line.cents : -line.cents;
              expected[transaction.customer] = (expected[transaction.customer] ?? 0) + signed;
            }
          }
          const text = generatedAuditfile(transactions);
          const { revenue, problems } = await readAll(chunksOf(text, chunkSize));
          expect(problems).toEqual([]);
          expect(totalsByCustomer(revenue)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
