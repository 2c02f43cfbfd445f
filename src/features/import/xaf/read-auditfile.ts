// Reads the revenue in an XML Auditfile Financieel (XAF 3.x or 4.0) as a stream, so a file of
// hundreds of megabytes is never held in memory: only the relations, the ledger accounts and
// the sales transaction being read are kept.
//
// What counts as revenue (see sales-revenue.ts):
// - only sales journals (jrnTp S): memorial, bank or purchase journals that touch a revenue
//   account (accruals, corrections, year-end entries) are no invoices to a customer;
// - only lines on profit-and-loss accounts (accTp P), so VAT and receivables drop out and the
//   amount is net; credit minus debit, so a credit note is negative;
// - the customer is the line's own custSupID, else the one customer the transaction names;
// - the date is the line's effDate (the invoice date in 4.0), else the transaction's trDt;
// - the invoice number is invRef, else docRef, else the transaction's reference or number;
// - the service line is the account's description ("Omzet advies"): it is how the firm itself
//   splits its revenue, where line descriptions are free text per invoice.
// `amnt` is always in the header's currency; a foreign amount (`currency`) is only extra.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { because } from '../../../core/import/problem-reason.ts';
import type {
  RevenueLineCandidate,
  RowProblem,
  SourceCustomer,
} from '../../../core/import/revenue-line.ts';
import { fileChunks as chunksAt } from '../file-chunks.ts';
import { importRefusal } from '../import-refusal.ts';
import { defaultReadBounds, type ReadBounds } from '../../../kernel/read-bounds.ts';
import { AuditfileWalker, type AuditfileHeader, type UntypedJournal } from './auditfile-walker.ts';
import { decodeXmlText } from './decode-xml-text.ts';
import { MarkupGuard, type MarkupFault } from './markup-guard.ts';
import { createLineFingerprinter } from '../../../core/import/fingerprint.ts';
import { salesRevenue, type RevenueContext } from './sales-revenue.ts';

export type { AuditfileHeader } from './auditfile-walker.ts';

/** The file's path or descriptor (which the caller closes), or its content as chunks. */
export type AuditfileSource = string | number | AsyncIterable<string | Uint8Array>;

/** The elements that count as the file's rows, for the bound on rows. */
const rowElements = new Set(['trLine', 'customerSupplier', 'ledgerAccount']);

export type AuditfileRevenueItem = RevenueLineCandidate | RowProblem;

export type Auditfile = {
  header: AuditfileHeader;
  /** The relations of type C (customer) or B (both), and those whose type the file leaves out. */
  customers: SourceCustomer[];
  /**
   * The revenue lines of the sales journals, and the lines that could not be read, in file
   * order. Read it to the end, or leave the loop early (`break` calls `return()`), which closes
   * the file.
   */
  lines: AsyncIterableIterator<AuditfileRevenueItem>;
};

/** Whether an item of `lines` is a problem rather than a revenue line. */
export const isRowProblem = (item: AuditfileRevenueItem): item is RowProblem => 'reason' in item;

/**
 * Reads an audit file's header and relations (they precede the transactions), and returns the
 * revenue lines as a stream that reads on as it is consumed. Throws a DomainError
 * (`invalid_input`) for a file that is not an audit file, is not well-formed XML, declares
 * entities, or goes past its bounds: elements nested deeper than `maxDepth` (the namespace-aware
 * parser's time grows with the square of the depth), more rows than `maxRows`.
 */
export async function readAuditfile(
  source: AuditfileSource,
  bounds: ReadBounds = defaultReadBounds,
): Promise<Auditfile> {
  const chunks =
    typeof source === 'string' || typeof source === 'number' ? fileChunks(source) : source;
  const reading = new AuditfileReading(chunks, bounds);
  try {
    await reading.readUntilTransactions();
  } catch (error) {
    await reading.close();
    throw error;
  }
  const lines: AsyncIterableIterator<AuditfileRevenueItem> = {
    [Symbol.asyncIterator]: () => lines,
    next: () => reading.next(),
    return: async () => {
      await reading.close();
      return { value: undefined, done: true };
    },
  };
  return { header: { ...reading.walker.header }, customers: reading.customers(), lines };
}

class AuditfileReading {
  readonly walker: AuditfileWalker;
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly guard = new MarkupGuard();
  private readonly chunks: AsyncIterator<string, void, undefined>;
  private readonly context: RevenueContext;
  private queue: AuditfileRevenueItem[] = [];
  private head = 0;
  private started = false;
  private rootSeen = false;
  private transactionsStarted = false;
  private ended = false;
  /** Blank lines dropped before the XML declaration, so line numbers stay the file's own. */
  private lineOffset = 0;
  private depth = 0;
  private rows = 0;

  constructor(source: AsyncIterable<string | Uint8Array>, bounds: ReadBounds) {
    this.chunks = decodeXmlText(source)[Symbol.asyncIterator]();
    this.walker = new AuditfileWalker({
      notAnAuditfile: (why) => {
        throw importRefusal(why);
      },
      transactionsStart: () => {
        this.transactionsStarted = true;
      },
      salesTransaction: (transaction) => {
        this.context.currency = this.walker.header.currency;
        this.queue.push(...salesRevenue(transaction, this.context));
      },
      untypedJournal: (journal) => this.queue.push(untypedJournalProblem(journal)),
    });
    this.context = {
      accounts: this.walker.accounts,
      relations: this.walker.relations,
      currency: null,
      fingerprint: createLineFingerprinter(),
    };
    this.parser.on('doctype', (doctype) => {
      // saxes never expands entities it was not given, but an audit file has no business
      // declaring any: refuse them outright rather than depend on that.
      if (/<!ENTITY/i.test(doctype)) throw refused('xaf.entities');
    });
    this.parser.on('opentag', (tag) => {
      this.rootSeen = true;
      if (++this.depth > bounds.maxDepth)
        throw importRefusal(because('file.tooDeep', { max: bounds.maxDepth }));
      if (rowElements.has(tag.local) && ++this.rows > bounds.maxRows)
        throw importRefusal(because('file.tooManyRows', { max: bounds.maxRows }));
      this.walker.open(tag.local, tag.uri, this.parser.line + this.lineOffset);
    });
    this.parser.on('text', (text) => this.walker.text(text));
    this.parser.on('cdata', (text) => this.walker.text(text));
    this.parser.on('closetag', () => {
      this.depth--;
      this.walker.close();
    });
    this.parser.on('error', (error) => {
      this.malformed(this.parser.line, error.message.replace(/^\d+:\d+: /, ''));
    });
  }

  async readUntilTransactions(): Promise<void> {
    while (!this.transactionsStarted && !this.ended) await this.pump();
  }

  customers(): SourceCustomer[] {
    return [...this.walker.relations.values()]
      .filter((relation) => relation.type !== 'S')
      .map((relation) => relation.customer);
  }

  async next(): Promise<IteratorResult<AuditfileRevenueItem, undefined>> {
    try {
      while (this.head >= this.queue.length && !this.ended) await this.pump();
    } catch (error) {
      await this.close();
      throw error;
    }
    const value = this.queue[this.head];
    if (value === undefined) return { value: undefined, done: true };
    this.head += 1;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    return { value, done: false };
  }

  async close(): Promise<void> {
    this.ended = true;
    this.queue = [];
    this.head = 0;
    await this.chunks.return?.();
  }

  private async pump(): Promise<void> {
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      if (!this.started) throw refused('xaf.empty');
      const fault = this.guard.check('', true);
      if (fault) this.refuse(fault);
      this.parser.close();
      if (!this.walker.sawAuditfileContent) {
        throw refused('xaf.noContent');
      }
      return;
    }
    const text = this.started ? next.value : this.start(next.value);
    if (text === '') return;
    const fault = this.guard.check(text);
    // The text before a fault goes to the parser first, so an earlier error is reported first.
    this.parser.write(fault ? text.slice(0, fault.at) : text);
    if (fault) this.refuse(fault);
  }

  private refuse(fault: MarkupFault): never {
    if (fault.kind === 'entity-declaration') throw refused('xaf.entities');
    this.malformed(fault.line, fault.message);
  }

  /** `line` counts from the first line the parser saw. */
  private malformed(line: number, message: string): never {
    const fileLine = line + this.lineOffset;
    // a line number names a place, so it is written as the file counts it: no thousands
    const where = { line: String(fileLine), detail: message };
    throw importRefusal(because(this.rootSeen ? 'xaf.malformed' : 'xaf.notWellFormed', where));
  }

  /** Checks the first characters: XML, not binary, text or the old fixed-width format. */
  private start(text: string): string {
    const trimmed = text.trimStart();
    this.lineOffset += (text.slice(0, text.length - trimmed.length).match(/\n/g) ?? []).length;
    if (trimmed === '') return '';
    this.started = true;
    if (/^CLAIR1/.test(trimmed)) {
      throw importRefusal(because('xaf.oldFormat', { version: 'CLAIR1' }));
    }
    if (!trimmed.startsWith('<') || trimmed.includes('\u0000')) {
      throw refused('xaf.notXml');
    }
    return trimmed;
  }
}

async function* fileChunks(file: string | number): AsyncGenerator<Uint8Array, void, undefined> {
  if (typeof file === 'number') {
    yield* chunksAt(file);
    return;
  }
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    yield chunk as Uint8Array;
  }
}

/** A file refused for a reason that takes no values. */
function refused(code: 'xaf.empty' | 'xaf.noContent' | 'xaf.entities' | 'xaf.notXml') {
  return importRefusal(because(code));
}

function untypedJournalProblem(journal: UntypedJournal): RowProblem {
  const name = journal.description
    ? `${journal.journalId} (${journal.description})`
    : journal.journalId;
  return {
    rowNumber: journal.rowNumber,
    field: null,
    ...because('xaf.untypedJournal', { journal: name }),
  };
}
