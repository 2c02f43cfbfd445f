// Why an import cannot read a cell, a row, its columns or its file: a stable code and the values
// its sentence needs, so that the web app says it in the user's language, with the sentence in
// English beside it for the command line and for clients that do not know the code.

/** Every reason by its code, as an English sentence with {{placeholders}} for its values. */
const english = {
  'amount.empty': 'the amount is empty',
  'amount.notAnAmount': '{{cell}} is not an amount',
  'amount.notInEuros': '{{cell}} is not in euros',
  'amount.ambiguous':
    '{{cell}} can be read as {{whole}} or as {{decimal}}: choose the decimal separator of the file',
  'amount.tooManyDecimals': '{{cell}} has more than {{max}} decimals',
  'amount.tooLarge': '{{cell}} is too large for an amount',
  'amount.debitAndCreditEmpty': 'the debit and credit are both empty',
  'debitCredit.empty': 'it does not say debit or credit',
  'debitCredit.neither': '{{cell}} is neither debit nor credit',
  'vatRate.empty': 'the VAT rate is empty',
  'vatRate.notARate': '{{cell}} is not a VAT rate',
  'date.empty': 'the date is empty',
  'date.notADate': '{{cell}} is not a date',
  'date.notExisting': '{{cell}} is not an existing date',
  'date.notDayMonthYear': '{{cell}} is not a date in day-month-year order',
  'date.notMonthDayYear': '{{cell}} is not a date in month-day-year order',
  'date.excelDay60': "Excel's day 60 is 29 February 1900, a day that did not exist",
  'hours.notHours': '{{cell}} is not a number of hours',
  'customer.missing': 'there is no customer: no code, KvK number or name',
  'customer.unrecognisable': 'the customer cannot be recognised by its code, KvK number or name',
  'customer.notAKvkNumber': '{{cell}} is not a KvK number (8 digits)',
  'assignment.noTitle': 'the assignment has no title or service line',
  'assignment.endsBeforeStart': 'the assignment ends ({{end}}) before it starts ({{start}})',
  'assignment.negativeFee': '{{cell}} is a negative fee',
  'total.notRevenue': 'this row is a total and is not revenue',
  'total.labelledNotRevenue': 'this row is a total ({{label}}) and is not revenue',
  'total.notAssignment': 'this row is a total and is not an assignment',
  'total.labelledNotAssignment': 'this row is a total ({{label}}) and is not an assignment',
  'xaf.noAccount':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} has no account (accID)',
  'xaf.unknownAccount':
    "Line {{line}} of transaction {{transaction}} in sales journal {{journal}} is booked on account {{account}}, which is not in the audit file's general ledger",
  'xaf.notProfitAndLoss':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} is booked on account {{account}}, whose type is {{type}}: only profit-and-loss accounts (P) count as revenue',
  'xaf.accountWithoutType':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} is booked on account {{account}}, whose type is missing: only profit-and-loss accounts (P) count as revenue',
  'xaf.noCustomer':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}}: no line of the transaction names a customer (custSupID)',
  'xaf.customerAmbiguous':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} names no customer, and the transaction names several ({{customers}})',
  'xaf.foreignAmountOnly':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} gives its amount only in {{currency}} ({{amount}}), not in {{fileCurrency}}',
  'xaf.foreignAmountNoCurrency':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} gives its amount only in {{currency}} ({{amount}}), not in the currency of the audit file',
  'xaf.noAmount':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} has no amount (amnt)',
  'xaf.notAnAmount':
    "Line {{line}} of transaction {{transaction}} in sales journal {{journal}}: '{{amount}}' is not an amount",
  'xaf.amountType':
    "Line {{line}} of transaction {{transaction}} in sales journal {{journal}}: the amount type is '{{type}}', not D (debit) or C (credit)",
  'xaf.noDate':
    'Line {{line}} of transaction {{transaction}} in sales journal {{journal}} has no date (effDate, nor trDt on the transaction)',
  'xaf.notADate':
    "Line {{line}} of transaction {{transaction}} in sales journal {{journal}}: '{{date}}' is not a date",
  'xaf.untypedJournal':
    'Journal {{journal}} has no journal type (jrnTp), so it cannot be told to be a sales journal; its transactions are not read',
  'columns.noSuchColumn': 'The column for {{field}} does not exist.',
  'columns.chosenTwice': 'Column {{column}} is chosen for both {{other}} and {{field}}.',
  'columns.notFound': 'There is no column "{{column}}" for {{field}}.',
  'columns.amountMissing': 'Choose the column with the amount, or the debit and credit columns.',
  'columns.vatMissing':
    'The amounts include VAT: choose the column with the VAT amount or the VAT rate.',
  'columns.invoiceDateMissing': 'Choose the column with the invoice date.',
  'columns.titleMissing': "Choose the column with the assignment's title or its service line.",
  'columns.customerMissing': 'Choose the column with the client.',
  'columns.customerNameMissing':
    "New clients would be named by their code (such as {{code}}; {{count}} in all): choose the column with the client's name.",
  'columns.noRevenueHeader':
    'No header row with a customer or date and an amount was found in the first rows.',
  'columns.noAssignmentHeader':
    'No header row with a customer and a title, service line, start date or fee was found in the first rows.',
  'file.notSent': 'Send the file as the request body.',
  'file.tooLarge': 'The file is larger than {{size}}.',
  'file.interrupted': 'The file did not arrive whole: sending it was interrupted.',
  'file.empty': 'The file is empty.',
  'file.oldExcel': 'The file is an old Excel workbook (.xls): save it as .xlsx or CSV first.',
  'file.pdf': 'The file is a PDF: export the report as CSV or Excel (.xlsx) instead.',
  'file.binary': 'The file is not a CSV or Excel file: it holds binary data.',
  'file.quoteNotClosed': 'Row {{row}} opens a quote (") that is never closed.',
  'file.rowTooLong':
    'Row {{row}} is longer than {{max}} characters: the file is no table, or a quote (") is never closed.',
  'file.quoteInQuotedField':
    'Row {{row}} has a quote (") inside a quoted field; write it twice ("").',
  'file.notCsv': 'Row {{row}} cannot be read as CSV.',
  'file.damagedWorkbook':
    'The file looks like an Excel workbook (.xlsx) but cannot be read: it may be damaged.',
  'file.noWorksheets':
    'The file is a ZIP archive without worksheets, not an Excel workbook (.xlsx).',
  'file.noSuchSheet': "The workbook has no sheet '{{sheet}}'; its sheets are: {{sheets}}.",
  'file.sheetNotFound': "The workbook has no sheet '{{sheet}}'.",
  'file.damagedWorksheet': 'The worksheet cannot be read: the workbook may be damaged.',
  'file.tooManyRows':
    'The file has more than {{max}} rows, more than one import takes: import it in parts (a year at a time, for example).',
  'file.tooManyColumns':
    'Row {{row}} has more than {{max}} columns, more than a spreadsheet can have: the file is no table.',
  'file.tooDeep':
    'The file nests its elements more than {{max}} deep, which no export does: it is refused unread.',
  'file.unpacksTooLarge':
    'The workbook unpacks to more than {{size}}, more than one import takes: it is refused unread.',
  'file.tooSlow':
    'Reading the file took longer than {{seconds}} seconds, so it was stopped: import it in parts.',
  'file.readersBusy':
    'As many files as the server reads at once are being read now: try again in {{seconds}} seconds.',
  'file.tooMuchMemory':
    'Reading the file needed more than {{size}} of memory, so it was stopped: import it in parts.',
  'xaf.empty': 'This is not an XML Auditfile Financieel: the file is empty',
  'xaf.notXml': 'This is not an XML Auditfile Financieel: it is not an XML file',
  'xaf.notText': 'This is not an XML Auditfile Financieel: the file is not {{encoding}} text',
  'xaf.foreignRoot': 'This is not an XML Auditfile Financieel: its root element is <{{element}}>',
  'xaf.noContent':
    'This is not an XML Auditfile Financieel: it has no header, company or transactions',
  'xaf.oldFormat':
    'This is not an XML Auditfile Financieel: it is the old {{version}} format; export the audit file as XAF 3.2 or 4.0',
  'xaf.notWellFormed':
    'This is not an XML Auditfile Financieel: it is not well-formed XML (line {{line}}: {{detail}})',
  'xaf.malformed': 'The audit file is not well-formed XML at line {{line}}: {{detail}}',
  'xaf.unknownEncoding':
    "The audit file declares the encoding '{{encoding}}', which cannot be read; export it as UTF-8 or ISO-8859-1",
  'xaf.entities':
    'This file is refused: it declares XML entities (<!ENTITY>), which an audit file never has',
} as const;

export type ReasonCode = keyof typeof english;

/**
 * The values a reason's sentence takes, by placeholder name. Numbers are amounts of something
 * and are written in the reader's style (1,000,000); row and line numbers are given as text.
 */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** Why something cannot be read: a stable code, its values, and the sentence in English. */
export type ProblemReason = { code: ReasonCode; params: ReasonParams; reason: string };

/** Every reason code, for the API's schema and for checking that each has its translations. */
export const reasonCodes = Object.keys(english) as [ReasonCode, ...ReasonCode[]];

/** The English sentence of a reason: its placeholders, such as {{cell}}, filled in. */
export function reasonText(code: ReasonCode, params: ReasonParams = {}): string {
  return english[code].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString('en') : value;
  });
}

/** The placeholders a reason's English sentence takes, in their order. */
export function reasonPlaceholders(code: ReasonCode): string[] {
  return [...english[code].matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '');
}

/** A reason with its English sentence: `{ ok: false, ...because('amount.empty') }`. */
export function because(code: ReasonCode, params: ReasonParams = {}): ProblemReason {
  return { code, params, reason: reasonText(code, params) };
}

/** The reason alone, without the reading or the error it came with. */
export function reasonOf({ code, params, reason }: ProblemReason): ProblemReason {
  return { code, params, reason };
}
