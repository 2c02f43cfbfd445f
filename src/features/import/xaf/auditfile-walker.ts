// Follows the elements of an audit file as they stream past and keeps only what the revenue
// import needs: the header, the relations, the ledger accounts and the open sales transaction.
import { because, type ProblemReason } from '../../../core/import/problem-reason.ts';
import type { SourceCustomer } from '../../../core/import/revenue-line.ts';
import { normaliseKvkNumber } from '../../../core/kvk-number.ts';
import { normaliseVatNumber, textOrNull, versionFromNamespace } from './xaf-values.ts';

export type AuditfileHeader = {
  /** From the namespace ("3.2", "3.2.1", "4.0"); null when the file has none we know. */
  version: string | null;
  fiscalYear: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The currency every `amnt` is in (ISO 4217, usually EUR). */
  currency: string | null;
  software: string | null;
  companyName: string | null;
  /** The firm's own KvK number: XAF 4.0 has it (`Commercenr`), 3.2 has no field for it. */
  companyKvkNumber: string | null;
  companyVatNumber: string | null;
};

export type LedgerAccount = { type: string | null; description: string | null };

export type Relation = { customer: SourceCustomer; type: string | null };

/** One `trLine`, as written. */
export type TransactionLine = {
  rowNumber: number;
  nr: string | null;
  accountId: string | null;
  docRef: string | null;
  invRef: string | null;
  effDate: string | null;
  amount: string | null;
  amountType: string | null;
  customerId: string | null;
  currencyCode: string | null;
  currencyAmount: string | null;
};

/** A transaction of a sales journal, with all its lines. */
export type SalesTransaction = {
  journalId: string;
  rowNumber: number;
  nr: string | null;
  date: string | null;
  lines: TransactionLine[];
};

/** A journal whose type the file leaves out: its transactions cannot be told to be sales. */
export type UntypedJournal = { journalId: string; description: string | null; rowNumber: number };

export type WalkerEvents = {
  /** The root element is not `auditfile`, or the file is the old CLAIR2 format. */
  notAnAuditfile: (why: ProblemReason) => never;
  transactionsStart: () => void;
  salesTransaction: (transaction: SalesTransaction) => void;
  untypedJournal: (journal: UntypedJournal) => void;
};

type Frame = { name: string; text: string; hasChildren: boolean };
type Journal = { id: string; description: string | null; type: string | null; row: number };

const MAX_TEXT = 4096;
const headerFields = new Set(['fiscalYear', 'startDate', 'endDate', 'curCode', 'softwareDesc']);

export class AuditfileWalker {
  readonly header: AuditfileHeader = {
    version: null,
    fiscalYear: null,
    startDate: null,
    endDate: null,
    currency: null,
    software: null,
    companyName: null,
    companyKvkNumber: null,
    companyVatNumber: null,
  };
  readonly accounts = new Map<string, LedgerAccount>();
  readonly relations = new Map<string, Relation>();
  sawAuditfileContent = false;

  private readonly stack: Frame[] = [];
  private fields = new Map<string, string>();
  private journal: Journal | null = null;
  private untypedReported = false;
  private transaction: SalesTransaction | null = null;
  private line: TransactionLine | null = null;

  constructor(private readonly events: WalkerEvents) {}

  open(local: string, uri: string, rowNumber: number): void {
    const parent = this.stack.at(-1);
    if (parent === undefined) {
      if (local.toLowerCase() !== 'auditfile') {
        this.events.notAnAuditfile(because('xaf.foreignRoot', { element: local }));
      }
      this.header.version = versionFromNamespace(uri);
    } else {
      parent.hasChildren = true;
    }
    this.stack.push({ name: local, text: '', hasChildren: false });
    const parentName = parent?.name;

    if (this.stack.length === 2 && ['header', 'company', 'transactions'].includes(local)) {
      this.sawAuditfileContent = true;
    }
    if (local === 'customerSupplier' && parentName === 'customersSuppliers') this.fields.clear();
    else if (local === 'ledgerAccount' && parentName === 'generalLedger') this.fields.clear();
    else if (local === 'transactions' && this.stack.length === 3) this.events.transactionsStart();
    else if (local === 'journal' && parentName === 'transactions') {
      this.journal = { id: '', description: null, type: null, row: rowNumber };
      this.untypedReported = false;
    } else if (local === 'transaction' && parentName === 'journal' && this.journal) {
      this.openTransaction(this.journal, rowNumber);
    } else if (local === 'trLine' && this.transaction) {
      // Directly under the transaction, or inside a `trLines` wrapper some packages write.
      this.line = emptyLine(rowNumber);
    }
  }

  text(text: string): void {
    const frame = this.stack.at(-1);
    if (frame && frame.text.length < MAX_TEXT) frame.text += text;
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    const parentName = this.stack.at(-1)?.name;
    const grandparentName = this.stack.at(-2)?.name;
    const value = frame.hasChildren ? null : textOrNull(frame.text);

    switch (frame.name) {
      case 'customerSupplier':
        if (parentName === 'customersSuppliers') this.closeRelation();
        return;
      case 'ledgerAccount':
        if (parentName === 'generalLedger') this.closeAccount();
        return;
      case 'journal':
        if (parentName === 'transactions') this.journal = null;
        return;
      case 'transaction':
        if (parentName === 'journal') this.closeTransaction();
        return;
      case 'trLine':
        if (this.line && this.transaction) this.transaction.lines.push(this.line);
        this.line = null;
        return;
    }
    if (value === null || parentName === undefined) return;

    if (parentName === 'header' && this.stack.length === 2) this.headerField(frame.name, value);
    else if (parentName === 'company' && this.stack.length === 2)
      this.companyField(frame.name, value);
    else if (parentName === 'customerSupplier' || parentName === 'ledgerAccount') {
      this.fields.set(frame.name, value);
    } else if (parentName === 'journal' && this.journal) this.journalField(frame.name, value);
    else if (parentName === 'transaction' && this.transaction) {
      if (frame.name === 'nr') this.transaction.nr = value;
      else if (frame.name === 'trDt') this.transaction.date = value;
    } else if (parentName === 'trLine' && this.line) lineField(this.line, frame.name, value);
    else if (parentName === 'currency' && grandparentName === 'trLine' && this.line) {
      if (frame.name === 'curCode') this.line.currencyCode = value;
      else if (frame.name === 'curAmnt') this.line.currencyAmount = value;
    }
  }

  private headerField(name: string, value: string): void {
    if (name === 'auditfileVersion' && /^CLAIR/i.test(value)) {
      this.events.notAnAuditfile(because('xaf.oldFormat', { version: value }));
    }
    if (!headerFields.has(name)) return;
    if (name === 'fiscalYear') this.header.fiscalYear = value;
    else if (name === 'startDate') this.header.startDate = value;
    else if (name === 'endDate') this.header.endDate = value;
    else if (name === 'curCode') this.header.currency = value.toUpperCase();
    else if (name === 'softwareDesc') this.header.software = value;
  }

  private companyField(name: string, value: string): void {
    if (name === 'companyName') this.header.companyName = value;
    else if (name === 'taxRegIdent') this.header.companyVatNumber = normaliseVatNumber(value);
    // `Commercenr` in XAF 4.0; the relation's spelling is accepted as well.
    else if (name === 'Commercenr' || name === 'commerceNr') {
      this.header.companyKvkNumber = normaliseKvkNumber(value) ?? null;
    }
  }

  private journalField(name: string, value: string): void {
    const journal = this.journal;
    if (journal === null) return;
    if (name === 'jrnID') journal.id = value;
    else if (name === 'desc') journal.description = value;
    else if (name === 'jrnTp') journal.type = value.toUpperCase();
  }

  private closeRelation(): void {
    const code = this.fields.get('custSupID');
    if (code === undefined) return;
    const commerceNr = this.fields.get('commerceNr');
    this.relations.set(code, {
      type: this.fields.get('custSupTp')?.toUpperCase() ?? null,
      customer: {
        code,
        name: this.fields.get('custSupName')?.replace(/\s+/g, ' ') ?? null,
        kvkNumber: commerceNr === undefined ? null : (normaliseKvkNumber(commerceNr) ?? null),
        vatNumber: normaliseVatNumber(this.fields.get('taxRegIdent') ?? null),
      },
    });
  }

  private closeAccount(): void {
    const id = this.fields.get('accID');
    if (id === undefined) return;
    this.accounts.set(id, {
      type: this.fields.get('accTp')?.toUpperCase() ?? null,
      description: this.fields.get('accDesc') ?? null,
    });
  }

  private openTransaction(journal: Journal, rowNumber: number): void {
    if (journal.type === 'S') {
      this.transaction = { journalId: journal.id, rowNumber, nr: null, date: null, lines: [] };
    } else if (journal.type === null && !this.untypedReported) {
      this.untypedReported = true;
      this.events.untypedJournal({
        journalId: journal.id,
        description: journal.description,
        rowNumber: journal.row,
      });
    }
  }

  private closeTransaction(): void {
    if (this.transaction) this.events.salesTransaction(this.transaction);
    this.transaction = null;
  }
}

function emptyLine(rowNumber: number): TransactionLine {
  return {
    rowNumber,
    nr: null,
    accountId: null,
    docRef: null,
    invRef: null,
    effDate: null,
    amount: null,
    amountType: null,
    customerId: null,
    currencyCode: null,
    currencyAmount: null,
  };
}

function lineField(line: TransactionLine, name: string, value: string): void {
  switch (name) {
    case 'nr':
      line.nr = value;
      break;
    case 'accID':
      line.accountId = value;
      break;
    case 'docRef':
      line.docRef = value;
      break;
    case 'invRef':
      line.invRef = value;
      break;
    case 'effDate':
      line.effDate = value;
      break;
    case 'amnt':
      line.amount = value;
      break;
    case 'amntTp':
      line.amountType = value.toUpperCase();
      break;
    case 'custSupID':
      line.customerId = value;
      break;
  }
}
