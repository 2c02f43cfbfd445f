// The columns an import reads, as the API's mapping names them, and which of them the import
// cannot do without. A requirement may be met by one of several columns: the amount by a net
// amount, a gross amount (with its VAT) or debit and credit columns.
export type ImportKind = 'revenue' | 'assignments';

export type RevenueField =
  | 'customerCode'
  | 'customerName'
  | 'kvkNumber'
  | 'vatNumber'
  | 'invoiceDate'
  | 'amount'
  | 'invoiceNumber'
  | 'serviceLine'
  | 'description'
  | 'hours'
  | 'cost'
  | 'margin'
  | 'grossAmount'
  | 'vatAmount'
  | 'vatRate'
  | 'debitCredit'
  | 'debit'
  | 'credit'
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

export type ImportField = RevenueField | AssignmentField;

export type Requirement = 'customer' | 'invoiceDate' | 'amount' | 'title';

export type FieldSpec = {
  field: ImportField;
  /** The requirement this column meets; the first column named for it is marked required. */
  meets?: Requirement;
  /** Seldom needed: shown when the user asks for more columns, or when already chosen. */
  more?: boolean;
};

const revenue: FieldSpec[] = [
  { field: 'customerName', meets: 'customer' },
  { field: 'customerCode', meets: 'customer' },
  { field: 'invoiceDate', meets: 'invoiceDate' },
  { field: 'amount', meets: 'amount' },
  { field: 'invoiceNumber' },
  { field: 'serviceLine' },
  { field: 'description' },
  { field: 'hours' },
  { field: 'kvkNumber', meets: 'customer', more: true },
  { field: 'vatNumber', more: true },
  { field: 'cost', more: true },
  { field: 'margin', more: true },
  { field: 'grossAmount', meets: 'amount', more: true },
  { field: 'vatAmount', more: true },
  { field: 'vatRate', more: true },
  { field: 'debitCredit', more: true },
  { field: 'debit', meets: 'amount', more: true },
  { field: 'credit', meets: 'amount', more: true },
  { field: 'dueDate', more: true },
  { field: 'paidDate', more: true },
];

const assignments: FieldSpec[] = [
  { field: 'customerName', meets: 'customer' },
  { field: 'customerCode', meets: 'customer' },
  { field: 'title', meets: 'title' },
  { field: 'serviceLine', meets: 'title' },
  { field: 'startDate' },
  { field: 'endDate' },
  { field: 'fee' },
  { field: 'hours' },
  { field: 'professional' },
  { field: 'kvkNumber', more: true },
  { field: 'vatNumber', more: true },
];

export function importFields(kind: ImportKind): FieldSpec[] {
  return kind === 'revenue' ? revenue : assignments;
}

/** Whether a field is the one marked required for its requirement (the first that meets it). */
export function isMarkedRequired(kind: ImportKind, field: ImportField): boolean {
  const spec = importFields(kind).find((candidate) => candidate.field === field);
  if (!spec?.meets) return false;
  return importFields(kind).find((candidate) => candidate.meets === spec.meets)?.field === field;
}

/** The requirements no chosen column meets yet, in the order of the fields. */
export function unmetRequirements(
  kind: ImportKind,
  mapping: Readonly<Record<string, number>>,
): Requirement[] {
  const needed = [...new Set(importFields(kind).flatMap((spec) => spec.meets ?? []))];
  return needed.filter(
    (requirement) =>
      !importFields(kind).some(
        (spec) => spec.meets === requirement && mapping[spec.field] !== undefined,
      ),
  );
}
