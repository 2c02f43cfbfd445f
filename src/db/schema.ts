// The one source of truth for the database. Every table carries `workspace_id`, first in its
// primary key and in every unique constraint (docs/decisions/0003-workspace-keys.md).
import { getTableName, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  type PgTableExtraConfigValue,
  bigint,
  bigserial,
  boolean,
  char,
  integer,
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * What deleting the row a reference names does to the referring row (decision 0028): `cascade`
 * when the row is part of its parent, `set null` for an optional link or for who did something
 * (history outlives the person), `no action` when the row must first be moved elsewhere.
 */
type OnDelete = 'cascade' | 'set null' | 'no action';

/**
 * `(workspace_id, column) → parent (workspace_id, id)`: the row named exists, in the same firm.
 * The migration writes `SET NULL ("column")` where this says `set null`, so that only the
 * reference is nulled and the row keeps its firm, and makes every key DEFERRABLE so that a
 * restore checks them at commit; drizzle-kit writes neither (test/foreign-keys.test.ts checks).
 */
function inFirm(
  t: { workspaceId: AnyPgColumn },
  column: AnyPgColumn,
  parent: { workspaceId: AnyPgColumn; id: AnyPgColumn },
  onDelete: OnDelete,
) {
  return foreignKey({
    name: `${getTableName(column.table)}_${column.name}_fk`,
    columns: [t.workspaceId, column],
    foreignColumns: [parent.workspaceId, parent.id],
  }).onDelete(onDelete);
}

/** A firm's row belongs to a firm that exists; removing the firm removes its rows. */
function ofFirm(t: { workspaceId: AnyPgColumn }) {
  return foreignKey({
    name: `${getTableName(t.workspaceId.table)}_workspace_id_fk`,
    columns: [t.workspaceId],
    foreignColumns: [workspaces.workspaceId],
  }).onDelete('cascade');
}

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const workspaces = pgTable('workspaces', {
  workspaceId: uuid('workspace_id').primaryKey(),
  name: text('name').notNull(),
  currency: char('currency', { length: 3 }).notNull().default('EUR'),
  locale: text('locale').notNull().default('nl'),
  fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
  /** A client above this share of a year's revenue raises a dependency alert (basis points). */
  dependencyThresholdBp: smallint('dependency_threshold_bp').notNull().default(2000),
  /** ABC by revenue: cumulative boundaries of A and B (basis points). */
  abcBoundaryABp: smallint('abc_boundary_a_bp').notNull().default(8000),
  abcBoundaryBBp: smallint('abc_boundary_b_bp').notNull().default(9500),
  /** The most a gift to a relation may be worth, in cents (method §6); null: no limit. */
  giftValueLimitCents: bigint('gift_value_limit_cents', { mode: 'number' }),
  /** The firm's IANA time zone: its day, and so every "today", starts at midnight there. */
  timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
  /** The overall score a client's evaluation should reach (method §7); below it, a plan opens. */
  satisfactionNorm: smallint('satisfaction_norm').notNull().default(8),
  /** The firm's weight per signal of early warning where it differs from the default (method §8). */
  signalWeights: jsonb('signal_weights').$type<Record<string, number>>().notNull().default({}),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    locale: text('locale').notNull().default('nl'),
    passwordHash: text('password_hash'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('users_email_key').on(t.workspaceId, t.email),
    index('users_email_idx').on(t.email),
    ofFirm(t),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('sessions_user_idx').on(t.workspaceId, t.userId),
    ofFirm(t),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('api_tokens_hash_key').on(t.workspaceId, t.tokenHash),
    ofFirm(t),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('invitations_token_key').on(t.workspaceId, t.tokenHash),
    ofFirm(t),
    inFirm(t, t.invitedBy, users, 'cascade'),
  ],
);

/** Every sign-in attempt, kept per workspace; attempts for unknown addresses under the nil workspace. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    emailKey: text('email_key').notNull(),
    ip: text('ip').notNull(),
    succeeded: smallint('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('sign_in_attempts_email_idx').on(t.emailKey, t.at),
  ],
);

/**
 * The sign-in throttle's counters, one row per address, per account and per account from an
 * address, counted in one statement each before a password is checked (so that concurrent
 * attempts cannot all pass the limit). Host-level, under the nil workspace; not in a backup,
 * as the state of the last quarter of an hour is no firm's data.
 */
export const signInCounters = pgTable(
  'sign_in_counters',
  {
    workspaceId: uuid('workspace_id').notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull(),
    /** Per account: when its password may be checked again (the growing delay). */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }).notNull().defaultNow(),
    /** Per account: the attempt that was last let through to a check. */
    lastCheck: text('last_check'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

export const organizations = pgTable(
  'organizations',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    legalName: text('legal_name'),
    kvkNumber: char('kvk_number', { length: 8 }),
    sector: text('sector'),
    sizeClass: text('size_class'),
    city: text('city'),
    region: text('region'),
    website: text('website'),
    status: text('status').notNull(),
    relationLevel: text('relation_level').notNull(),
    relationshipManagerId: uuid('relationship_manager_id'),
    secondProfessionalId: uuid('second_professional_id'),
    /**
     * The recorded start of the client relationship, from which service norms count; the length
     * of the relationship is measured from the first invoice or assignment instead (decision 0020).
     */
    clientSince: date('client_since'),
    /**
     * The last day a former client was one: set to the firm's day when its status becomes
     * former, editable; no norm counts after it (decision 0032). Null: still a client, or unknown.
     */
    clientUntil: date('client_until'),
    referredByOrganizationId: uuid('referred_by_organization_id'),
    referredByContactId: uuid('referred_by_contact_id'),
    notes: text('notes'),
    /** The customer's code in the firm's accounting package (debtor number). */
    customerCode: text('customer_code'),
    /** A one-off client does not count as a regular new client (method §2). */
    oneOff: boolean('one_off').notNull().default(false),
    nameKey: text('name_key').notNull(),
    searchKey: text('search_key').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // typed, as organisations and contact persons name each other (referred by)
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('organizations_kvk_key')
      .on(t.workspaceId, t.kvkNumber)
      .where(sql`${t.kvkNumber} is not null and ${t.archivedAt} is null`),
    uniqueIndex('organizations_customer_code_key')
      .on(t.workspaceId, t.customerCode)
      .where(sql`${t.customerCode} is not null`),
    index('organizations_name_idx').on(t.workspaceId, t.nameKey, t.id),
    // no pending list: rows added in bulk are searchable at index speed without waiting for a vacuum
    index('organizations_search_trgm_idx')
      .using('gin', sql`${t.searchKey} gin_trgm_ops`)
      .with({ fastupdate: false }),
    index('organizations_manager_idx').on(t.workspaceId, t.relationshipManagerId),
    ofFirm(t),
    inFirm(t, t.relationshipManagerId, users, 'set null'),
    inFirm(t, t.secondProfessionalId, users, 'set null'),
    inFirm(t, t.referredByOrganizationId, organizations, 'set null'),
    inFirm(t, t.referredByContactId, contacts, 'set null'),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    firstName: text('first_name').notNull(),
    infix: text('infix'),
    lastName: text('last_name').notNull(),
    jobTitle: text('job_title'),
    dmuRole: text('dmu_role'),
    email: text('email'),
    phone: text('phone'),
    birthday: date('birthday'),
    activeFrom: date('active_from'),
    activeTo: date('active_to'),
    notes: text('notes'),
    sortKey: text('sort_key').notNull(),
    /** Name, e-mail and phone folded for searching (contactSearchKey). */
    searchKey: text('search_key').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('contacts_organization_idx').on(t.workspaceId, t.organizationId, t.sortKey),
    index('contacts_search_trgm_idx')
      .using('gin', sql`${t.searchKey} gin_trgm_ops`)
      .with({ fastupdate: false }),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    title: text('title').notNull(),
    serviceLine: text('service_line'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    feeCents: bigint('fee_cents', { mode: 'number' }),
    hours: numeric('hours', { precision: 12, scale: 2 }),
    professionalId: uuid('professional_id'),
    importId: uuid('import_id'),
    fingerprint: text('fingerprint'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('assignments_organization_idx').on(t.workspaceId, t.organizationId),
    uniqueIndex('assignments_fingerprint_key')
      .on(t.workspaceId, t.fingerprint)
      .where(sql`${t.fingerprint} is not null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.professionalId, users, 'set null'),
    inFirm(t, t.importId, imports, 'set null'),
  ],
);

export const revenueLines = pgTable(
  'revenue_lines',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    invoiceDate: date('invoice_date').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    invoiceNumber: text('invoice_number'),
    serviceLine: text('service_line'),
    hours: numeric('hours', { precision: 12, scale: 2 }),
    costCents: bigint('cost_cents', { mode: 'number' }),
    description: text('description'),
    /** When the invoice fell due, when the export says so. */
    dueOn: date('due_on'),
    /** When it was paid; null while open (or not known, see paymentTracked). */
    paidOn: date('paid_on'),
    /**
     * Whether the export this line came from said when it was paid: a null paidOn is then an
     * open invoice, else only unknown (decision 0041).
     */
    paymentTracked: boolean('payment_tracked').notNull().default(false),
    importId: uuid('import_id'),
    fingerprint: text('fingerprint').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('revenue_lines_import_idx').on(t.workspaceId, t.importId),
    // the client's payment behaviour over a year reads only the lines whose payment is known
    index('revenue_lines_payment_idx')
      .on(t.workspaceId, t.invoiceDate)
      .where(sql`${t.paymentTracked}`),
    uniqueIndex('revenue_lines_fingerprint_key').on(t.workspaceId, t.fingerprint),
    index('revenue_lines_organization_idx').on(t.workspaceId, t.organizationId, t.invoiceDate),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.importId, imports, 'set null'),
  ],
);

/**
 * Revenue per client per fiscal year, kept in step with revenue_lines in the same transaction
 * that changes them: the portfolio reads this instead of every line (decision 0009).
 */
export const clientYears = pgTable(
  'client_years',
  {
    workspaceId: uuid('workspace_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull(),
    /** Revenue on the lines whose cost is known, and that cost: margin = the difference. */
    costedRevenueCents: bigint('costed_revenue_cents', { mode: 'number' }).notNull(),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull(),
    hours: numeric('hours', { precision: 14, scale: 2 }),
    /** Revenue on the lines whose hours are known, for revenue per hour. */
    hourRevenueCents: bigint('hour_revenue_cents', { mode: 'number' }).notNull(),
    lines: bigint('lines', { mode: 'number' }).notNull(),
    creditNotes: bigint('credit_notes', { mode: 'number' }).notNull(),
    creditCents: bigint('credit_cents', { mode: 'number' }).notNull(),
    firstInvoiceDate: date('first_invoice_date').notNull(),
    serviceLines: text('service_lines').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.organizationId, t.fiscalYear] }),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
  ],
);

/** One run of an import: what was read, written and skipped, by whom. */
export const imports = pgTable(
  'imports',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    sourceName: text('source_name').notNull(),
    format: text('format').notNull(),
    rowsRead: bigint('rows_read', { mode: 'number' }).notNull(),
    linesWritten: bigint('lines_written', { mode: 'number' }).notNull(),
    linesAlreadyPresent: bigint('lines_already_present', { mode: 'number' }).notNull(),
    rowsRefused: bigint('rows_refused', { mode: 'number' }).notNull(),
    organizationsCreated: bigint('organizations_created', { mode: 'number' }).notNull(),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    ofFirm(t),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/** The column mapping remembered per source, recognised by its header row. */
export const importMappings = pgTable(
  'import_mappings',
  {
    workspaceId: uuid('workspace_id').notNull(),
    kind: text('kind').notNull(),
    sourceKey: text('source_key').notNull(),
    mapping: jsonb('mapping').notNull(),
    options: jsonb('options').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.sourceKey] }), ofFirm(t)],
);

/** Next year's revenue plan (method §2): start + growth + new − loss = target. */
export const revenuePlans = pgTable(
  'revenue_plans',
  {
    workspaceId: uuid('workspace_id').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    growthExistingCents: bigint('growth_existing_cents', { mode: 'number' }).notNull(),
    newClientsCents: bigint('new_clients_cents', { mode: 'number' }).notNull(),
    expectedLossCents: bigint('expected_loss_cents', { mode: 'number' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.fiscalYear] }), ofFirm(t)],
);

/** What a year's winning of new clients cost (method §2): time at a rate, plus money. */
export const acquisitionInvestments = pgTable(
  'acquisition_investments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    hours: numeric('hours', { precision: 12, scale: 2 }).notNull(),
    hourlyRateCents: bigint('hourly_rate_cents', { mode: 'number' }).notNull(),
    moneyCents: bigint('money_cents', { mode: 'number' }).notNull(),
    notes: text('notes'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.fiscalYear] }), ofFirm(t)],
);

/** The annual review's decision per client (method §1), kept as history. */
export const clientDecisions = pgTable(
  'client_decisions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    decision: text('decision').notNull(),
    note: text('note'),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('client_decisions_organization_idx').on(t.workspaceId, t.organizationId, t.fiscalYear),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/**
 * The firm's criteria for choosing clients (method §3.1): standard ones by their key, or the
 * firm's own by their name. A criterion that data answers is scored by its mapping, not by hand.
 */
export const criteria = pgTable(
  'criteria',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    /** A standard criterion's key (src/core/choosing), or the key made for the firm's own. */
    key: text('key').notNull(),
    /** The firm's own criterion's name; standard ones are named in the reader's language. */
    name: text('name'),
    criterionGroup: text('criterion_group').notNull(),
    /** 'data' when figures score it by its mapping, 'judgement' when people do. */
    source: text('source').notNull(),
    weight: smallint('weight').notNull(),
    scaleMax: smallint('scale_max').notNull().default(3),
    /** How data scores it (thresholds on a measure); null while people score it. */
    dataMapping: jsonb('data_mapping'),
    position: smallint('position').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('criteria_key').on(t.workspaceId, t.key),
    ofFirm(t),
  ],
);

/** One professional's score of a client on a criterion (method §3.2). */
export const criterionScores = pgTable(
  'criterion_scores',
  {
    workspaceId: uuid('workspace_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    scorerId: uuid('scorer_id').notNull(),
    score: smallint('score').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.organizationId, t.criterionId, t.scorerId] }),
    index('criterion_scores_criterion_idx').on(t.workspaceId, t.criterionId),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.criterionId, criteria, 'cascade'),
    inFirm(t, t.scorerId, users, 'cascade'),
  ],
);

/** Counts the firm's score changes, so what is kept from its scores knows when to read again. */
export const scoringRevisions = pgTable(
  'scoring_revisions',
  {
    workspaceId: uuid('workspace_id').primaryKey(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [ofFirm(t)],
);

/** The score the firm agreed on for a client and criterion: it counts over every scorer's. */
export const agreedScores = pgTable(
  'agreed_scores',
  {
    workspaceId: uuid('workspace_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    score: smallint('score').notNull(),
    userId: uuid('user_id'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.organizationId, t.criterionId] }),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.criterionId, criteria, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/**
 * A category scheme (method §3.3–3.4): its categories, the ranking method and its boundaries
 * or minimums, as `src/core/choosing` reads them. One value scheme is the firm's primary one.
 */
export const categorySchemes = pgTable(
  'category_schemes',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    preset: text('preset'),
    kind: text('kind').notNull(),
    definition: jsonb('definition').notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('category_schemes_primary_key')
      .on(t.workspaceId)
      .where(sql`${t.isPrimary}`),
    ofFirm(t),
  ],
);

/** A committed classification: when, by whom, and the scheme and weights it was made with. */
export const classifications = pgTable(
  'classifications',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    definition: jsonb('definition').notNull(),
    criteria: jsonb('criteria').notNull(),
    clientCount: bigint('client_count', { mode: 'number' }).notNull(),
    note: text('note'),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('classifications_scheme_idx').on(t.workspaceId, t.schemeId, t.createdAt),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/** Each client's category in a classification, with the total and grade that put it there. */
export const clientCategories = pgTable(
  'client_categories',
  {
    workspaceId: uuid('workspace_id').notNull(),
    classificationId: uuid('classification_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    category: text('category'),
    total: bigint('total', { mode: 'number' }).notNull(),
    maximum: bigint('maximum', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.classificationId, t.organizationId] }),
    index('client_categories_organization_idx').on(t.workspaceId, t.organizationId),
    ofFirm(t),
    inFirm(t, t.classificationId, classifications, 'cascade'),
    inFirm(t, t.organizationId, organizations, 'cascade'),
  ],
);

/** A client's category set by hand in a scheme, with the reason; it wins over the computed one. */
export const categoryOverrides = pgTable(
  'category_overrides',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    category: text('category').notNull(),
    reason: text('reason').notNull(),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId, t.organizationId] }),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/**
 * A category set by hand that no longer stands (replaced or removed), with when it stood: the
 * past is judged by the category the client had then. The one standing is in category_overrides.
 */
export const categoryOverrideHistory = pgTable(
  'category_override_history',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    category: text('category').notNull(),
    reason: text('reason').notNull(),
    userId: uuid('user_id'),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId, t.organizationId, t.setAt] }),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/** The kinds of value a client brings beside its category (money, fun, prestige; influence). */
export const valueTags = pgTable(
  'value_tags',
  {
    workspaceId: uuid('workspace_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    tag: text('tag').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.organizationId, t.tag] }),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
  ],
);

/** A goal for a category of a scheme (method §4): what is measured, the target, which way. */
export const categoryGoals = pgTable(
  'category_goals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    category: text('category').notNull(),
    kind: text('kind').notNull(),
    name: text('name'),
    measure: text('measure').notNull(),
    /** The measure's unit: the standard measure's own, or the one the firm chose for its goal. */
    unit: text('unit').notNull(),
    /** A whole number in the measure's unit (basis points, cents, hundredths). */
    target: bigint('target', { mode: 'number' }).notNull(),
    direction: text('direction').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('category_goals_scheme_idx').on(t.workspaceId, t.schemeId, t.category),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
  ],
);

/** The ideal prospect as the firm edited it (method §3.7); derived from the top category. */
export const prospectProfiles = pgTable(
  'prospect_profiles',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    profile: jsonb('profile').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId] }),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
  ],
);

/** The service concept of a category (method §5): the norms the firm set for its clients. */
export const serviceConcepts = pgTable(
  'service_concepts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    category: text('category').notNull(),
    /** The norms of src/core/servicing's ServiceConcept, without the category. */
    norms: jsonb('norms').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId, t.category] }),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
  ],
);

/**
 * A relationship activity, planned or done (method §6): its type, the P it serves, the client,
 * the contact persons and professionals involved, and what follows from it.
 */
export const activities = pgTable(
  'activities',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    type: text('type').notNull(),
    /** project, person, process or partnership; null when none applies. */
    p: text('p'),
    /** planned or done. */
    status: text('status').notNull(),
    /** The day it is planned for, or the day it was done. */
    onDate: date('on_date').notNull(),
    subject: text('subject').notNull(),
    notes: text('notes'),
    minutes: integer('minutes'),
    costCents: bigint('cost_cents', { mode: 'number' }),
    followUpOn: date('follow_up_on'),
    followUpNote: text('follow_up_note'),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    /**
     * The yearly duty of the service concept this activity fulfils when done (method §5):
     * revenueForecast, evaluationConversation or accountPlan; null for none.
     */
    duty: text('duty'),
    /** The loss whose win-back policy planned it (method §8); null for any other activity. */
    clientLossId: uuid('client_loss_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('activities_organization_idx').on(t.workspaceId, t.organizationId, t.onDate),
    index('activities_planned_idx')
      .on(t.workspaceId, t.onDate)
      .where(sql`${t.status} = 'planned'`),
    index('activities_follow_up_idx')
      .on(t.workspaceId, t.followUpOn)
      .where(sql`${t.followUpOn} is not null and ${t.followUpDoneAt} is null`),
    // the personal contacts of a period for the whole firm at index speed (compliance); the types
    // are src/core/servicing/personal-contact.ts's personalContactTypes
    index('activities_personal_contact_idx')
      .on(t.workspaceId, t.onDate, t.organizationId)
      .where(sql`${t.status} = 'done' and ${t.type} in ('visit', 'call', 'meeting', 'evaluation')`),
    index('activities_duty_idx')
      .on(t.workspaceId, t.onDate)
      .where(sql`${t.duty} is not null`),
    // the mailings and gifts that show a service concept's yearly norms (compliance), with the
    // type so that the report reads the index alone
    index('activities_yearly_norm_idx')
      .on(t.workspaceId, t.onDate, t.organizationId, t.type)
      .where(sql`${t.status} = 'done' and ${t.type} in ('mailing', 'gift')`),
    index('activities_client_loss_idx')
      .on(t.workspaceId, t.clientLossId)
      .where(sql`${t.clientLossId} is not null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.createdBy, users, 'set null'),
    inFirm(t, t.clientLossId, clientLosses, 'set null'),
  ],
);

/** The client's contact persons an activity involved. */
export const activityContacts = pgTable(
  'activity_contacts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    /**
     * For an invitation: accepted or declined; null: no reaction (yet). See
     * src/core/servicing/invitations.ts.
     */
    response: text('response'),
    respondedOn: date('responded_on'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.activityId, t.contactId] }),
    index('activity_contacts_contact_idx').on(t.workspaceId, t.contactId),
    ofFirm(t),
    inFirm(t, t.activityId, activities, 'cascade'),
    inFirm(t, t.contactId, contacts, 'cascade'),
  ],
);

/** The firm's professionals an activity involved. */
export const activityProfessionals = pgTable(
  'activity_professionals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.activityId, t.userId] }),
    index('activity_professionals_user_idx').on(t.workspaceId, t.userId),
    ofFirm(t),
    inFirm(t, t.activityId, activities, 'cascade'),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

/** A call to return (method §5): who called, when, for whom, and when it was returned. */
export const callBacks = pgTable(
  'call_backs',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The contact person who called, when known. */
    contactId: uuid('contact_id'),
    /** Who called, in words, when not a known contact. */
    callerName: text('caller_name'),
    calledOn: date('called_on').notNull(),
    /** The professional asked to call back. */
    forUserId: uuid('for_user_id').notNull(),
    note: text('note'),
    returnedOn: date('returned_on'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('call_backs_open_idx')
      .on(t.workspaceId, t.forUserId, t.calledOn)
      .where(sql`${t.returnedOn} is null`),
    index('call_backs_organization_idx').on(t.workspaceId, t.organizationId, t.calledOn),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.contactId, contacts, 'set null'),
    inFirm(t, t.forUserId, users, 'no action'),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * A proposal (method §5, §11): requested, drafted, sent, won or lost, its value, its owner and
 * the acquisition angle it came from; its turnaround is checked against the category's norm.
 */
export const proposals = pgTable(
  'proposals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    title: text('title').notNull(),
    /** request, drafting, sent, won or lost. */
    stage: text('stage').notNull(),
    requestedOn: date('requested_on').notNull(),
    sentOn: date('sent_on'),
    decidedOn: date('decided_on'),
    valueCents: bigint('value_cents', { mode: 'number' }),
    lostReason: text('lost_reason'),
    ownerId: uuid('owner_id'),
    /** The acquisition angle (method §11), when known. */
    angle: text('angle'),
    /** The card's place within its column on the proposal board. */
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('proposals_stage_idx').on(t.workspaceId, t.stage, t.position),
    index('proposals_organization_idx').on(t.workspaceId, t.organizationId, t.requestedOn),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.ownerId, users, 'set null'),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * The account team of an organisation (method §14): professionals who serve the client, one of
 * them its lead. The relationship manager and the second professional stay on the organisation.
 */
export const accountTeamMembers = pgTable(
  'account_team_members',
  {
    workspaceId: uuid('workspace_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** lead or member; at most one lead per organisation. */
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.organizationId, t.userId] }),
    uniqueIndex('account_team_members_lead_key')
      .on(t.workspaceId, t.organizationId)
      .where(sql`${t.role} = 'lead'`),
    index('account_team_members_user_idx').on(t.workspaceId, t.userId),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

/**
 * The gift register (method §6): a gift to a contact person, planned or given, with its
 * occasion and value, and the six requirements ticked while it was planned.
 */
export const gifts = pgTable(
  'gifts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    /** planned or given. */
    status: text('status').notNull(),
    onDate: date('on_date').notNull(),
    occasion: text('occasion').notNull(),
    description: text('description').notNull(),
    valueCents: bigint('value_cents', { mode: 'number' }).notNull(),
    /** The requirement keys of src/core/servicing/gifts.ts that were ticked. */
    requirementsMet: jsonb('requirements_met')
      .notNull()
      .default(sql`'[]'::jsonb`),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('gifts_contact_idx').on(t.workspaceId, t.contactId, t.onDate),
    index('gifts_organization_idx').on(t.workspaceId, t.organizationId, t.onDate),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.contactId, contacts, 'cascade'),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * A professional's personal calendar feed: its address names the workspace and a secret kept
 * here only as a hash; a revoked feed answers no more.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('calendar_feeds_token_key').on(t.workspaceId, t.tokenHash),
    index('calendar_feeds_user_idx').on(t.workspaceId, t.userId),
    ofFirm(t),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

/** Whether a professional receives the weekly worklist digest, and the last day one was sent. */
export const weeklyDigests = pgTable(
  'weekly_digests',
  {
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    lastSentOn: date('last_sent_on'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    ofFirm(t),
    inFirm(t, t.userId, users, 'cascade'),
  ],
);

/**
 * A client's evaluation of the firm (method §7): per aspect a score 1–10 (null: not asked), the
 * overall score, the recommend score 0–10 and the intention to continue or expand, answered by a
 * contact person of the organisation, after an assignment or of the relationship.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The assignment evaluated; null: the relationship as a whole. */
    assignmentId: uuid('assignment_id'),
    /** Who answered: never anonymous. */
    contactId: uuid('contact_id').notNull(),
    /** conversation, phone or written. */
    method: text('method').notNull(),
    /** The firm's day the answers were given. */
    evaluatedOn: date('evaluated_on').notNull(),
    endResult: smallint('end_result'),
    reachability: smallint('reachability'),
    keepingPromises: smallint('keeping_promises'),
    expertise: smallint('expertise'),
    communication: smallint('communication'),
    invoicing: smallint('invoicing'),
    overall: smallint('overall').notNull(),
    recommend: smallint('recommend'),
    /** expand, continue, undecided or leave; null: not asked. */
    trust: text('trust'),
    comments: text('comments'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('evaluations_organization_idx').on(t.workspaceId, t.organizationId, t.evaluatedOn),
    index('evaluations_contact_idx').on(t.workspaceId, t.contactId, t.evaluatedOn),
    index('evaluations_assignment_idx')
      .on(t.workspaceId, t.assignmentId)
      .where(sql`${t.assignmentId} is not null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.assignmentId, assignments, 'set null'),
    inFirm(t, t.contactId, contacts, 'cascade'),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * The improvement plan an evaluation below the norm opens (method §7): what, who, by when and at
 * what cost to the firm; closed by a re-evaluation at or above its norm, or by hand.
 */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The evaluation below the norm that opened it: the plan is part of it. */
    evaluationId: uuid('evaluation_id').notNull(),
    /** The firm's norm when it opened; a re-evaluation at or above it closes the plan. */
    norm: smallint('norm').notNull(),
    what: text('what'),
    /** Who carries it out; null: the relationship manager. */
    ownerId: uuid('owner_id'),
    dueOn: date('due_on').notNull(),
    costCents: bigint('cost_cents', { mode: 'number' }),
    closedOn: date('closed_on'),
    /** The re-evaluation that closed it; null while open or when closed by hand. */
    closedByEvaluationId: uuid('closed_by_evaluation_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('improvement_plans_evaluation_key').on(t.workspaceId, t.evaluationId),
    index('improvement_plans_open_idx')
      .on(t.workspaceId, t.organizationId)
      .where(sql`${t.closedOn} is null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.evaluationId, evaluations, 'cascade'),
    inFirm(t, t.ownerId, users, 'set null'),
    inFirm(t, t.closedByEvaluationId, evaluations, 'set null'),
  ],
);

/**
 * An acute signal of early warning (method §8) a professional heard and recorded in one click:
 * the client threatens to leave, asks for the rates again, and so on.
 */
export const acuteSignals = pgTable(
  'acute_signals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').notNull(),
    /** The firm's day it was heard. */
    recordedOn: date('recorded_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('acute_signals_recorded_idx').on(t.workspaceId, t.recordedOn),
    index('acute_signals_organization_idx').on(t.workspaceId, t.organizationId, t.recordedOn),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.recordedBy, users, 'set null'),
  ],
);

/**
 * A signal of a client dismissed with a reason, for the evidence it had: the fingerprint of that
 * evidence; once the evidence changes, the signal counts again.
 */
export const signalDismissals = pgTable(
  'signal_dismissals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').notNull(),
    fingerprint: text('fingerprint').notNull(),
    reason: text('reason').notNull(),
    dismissedBy: uuid('dismissed_by'),
    /** The firm's day it was dismissed. */
    dismissedOn: date('dismissed_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('signal_dismissals_signal_key').on(t.workspaceId, t.organizationId, t.kind),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.dismissedBy, users, 'set null'),
  ],
);

/**
 * The firm's list of reasons a client leaves (method §8): the presets every firm starts with and
 * its own. A reason a loss names is hidden, never deleted (the loss keeps it).
 */
export const lostReasons = pgTable(
  'lost_reasons',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    /** The key of a preset reason (src/core/winback/client-loss.ts); null for the firm's own. */
    preset: text('preset'),
    /** The firm's own name; for a preset, null shows the preset's name in the user's language. */
    name: text('name'),
    hidden: boolean('hidden').notNull().default(false),
    position: smallint('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('lost_reasons_preset_key')
      .on(t.workspaceId, t.preset)
      .where(sql`${t.preset} is not null`),
    ofFirm(t),
  ],
);

/**
 * A client the firm lost (method §8): when, why, how it went and who was told; won back when it
 * became a client again. At most one loss of a client is open (not won back).
 */
export const clientLosses = pgTable(
  'client_losses',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    lostOn: date('lost_on').notNull(),
    /** Of the firm's list; a reason in use cannot be deleted (no action). */
    reasonId: uuid('reason_id').notNull(),
    text: text('text'),
    /** amicable, tense or silent; null: not said. */
    manner: text('manner'),
    /** Who was told of the loss, in the firm's words. */
    told: text('told'),
    recordedBy: uuid('recorded_by'),
    wonBackOn: date('won_back_on'),
    winBackNote: text('win_back_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('client_losses_organization_idx').on(t.workspaceId, t.organizationId, t.lostOn),
    uniqueIndex('client_losses_open_key')
      .on(t.workspaceId, t.organizationId)
      .where(sql`${t.wonBackOn} is null`),
    index('client_losses_reason_idx').on(t.workspaceId, t.reasonId),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.reasonId, lostReasons, 'no action'),
    inFirm(t, t.recordedBy, users, 'set null'),
  ],
);

/**
 * The win-back policy of a category of a scheme (method §8): who acts and its steps. A category
 * without a row has the default of src/core/winback/win-back-policy.ts (decision 0037).
 */
export const winBackPolicies = pgTable(
  'win_back_policies',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    category: text('category').notNull(),
    /** relationshipManager, secondProfessional or namedUser. */
    actor: text('actor').notNull(),
    /** The named colleague; null for the other actors, or when the colleague was removed. */
    userId: uuid('user_id'),
    /** The steps of src/core/winback/win-back-policy.ts's WinBackStep. */
    steps: jsonb('steps').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId, t.category] }),
    ofFirm(t),
    inFirm(t, t.schemeId, categorySchemes, 'cascade'),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

/**
 * A client's complaint (method §7, §15): who complained, about what, how heavily, the professional
 * it concerns and the day each step was taken; judged against the norms of the category the
 * client had on the day it came in.
 */
export const complaints = pgTable(
  'complaints',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The contact person who complained, when known. */
    contactId: uuid('contact_id'),
    /** The professional the complaint concerns; null: the relationship manager follows it up. */
    professionalId: uuid('professional_id'),
    subject: text('subject').notNull(),
    description: text('description'),
    /** minor, serious or critical. */
    severity: text('severity').notNull(),
    receivedOn: date('received_on').notNull(),
    acknowledgedOn: date('acknowledged_on'),
    solvedOn: date('solved_on'),
    closedOn: date('closed_on'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('complaints_organization_idx').on(t.workspaceId, t.organizationId, t.receivedOn),
    index('complaints_open_idx')
      .on(t.workspaceId, t.receivedOn)
      .where(sql`${t.closedOn} is null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.contactId, contacts, 'set null'),
    inFirm(t, t.professionalId, users, 'set null'),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * What the firm spends on winning trust that no client is tied to (method §10): an article, the
 * website, a brochure, a fair. With the activities it makes the time and money per layer of the
 * marketing pyramid.
 */
export const marketingSpend = pgTable(
  'marketing_spend',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    /** The day it was spent: the fiscal year it counts in. */
    spentOn: date('spent_on').notNull(),
    /** The pyramid layer (src/core/ambassadors' pyramidLayers). */
    layer: text('layer').notNull(),
    description: text('description').notNull(),
    minutes: integer('minutes'),
    costCents: bigint('cost_cents', { mode: 'number' }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('marketing_spend_date_idx').on(t.workspaceId, t.spentOn),
    ofFirm(t),
    inFirm(t, t.createdBy, users, 'set null'),
  ],
);

/**
 * A request to a client's contact person to answer the evaluation on a page of the product
 * (method §7): by a personal link that needs no account, answered once, valid until it expires,
 * reminded at most twice (decision 0040). Only hashes of its links are stored, in survey_links.
 */
export const surveyRequests = pgTable(
  'survey_requests',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The assignment asked about; null: the relationship as a whole. */
    assignmentId: uuid('assignment_id'),
    contactId: uuid('contact_id').notNull(),
    /** What is asked: the evaluation (the only kind so far). */
    kind: text('kind').notNull().default('evaluation'),
    /** nl or en: the page's and the mails' language. */
    language: text('language').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When the link was first mailed to the contact, and to which address; null: only copied. */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentTo: text('sent_to'),
    remindersSent: smallint('reminders_sent').notNull().default(0),
    lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The evaluation the answers became. */
    evaluationId: uuid('evaluation_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('survey_requests_organization_idx').on(t.workspaceId, t.organizationId),
    index('survey_requests_reminder_idx')
      .on(t.workspaceId, t.sentAt)
      .where(sql`${t.answeredAt} is null and ${t.revokedAt} is null and ${t.sentAt} is not null`),
    ofFirm(t),
    inFirm(t, t.organizationId, organizations, 'cascade'),
    inFirm(t, t.assignmentId, assignments, 'set null'),
    inFirm(t, t.contactId, contacts, 'cascade'),
    inFirm(t, t.createdBy, users, 'set null'),
    inFirm(t, t.evaluationId, evaluations, 'set null'),
  ],
);

/**
 * A link of a survey request: the hash of its random secret (the secret itself is only in the
 * link). Each mail carries a fresh link, and every link of a request opens it until it is
 * answered, revoked or expired: a reminder does not break the first mail's link.
 */
export const surveyLinks = pgTable(
  'survey_links',
  {
    workspaceId: uuid('workspace_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    requestId: uuid('request_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.tokenHash] }),
    index('survey_links_request_idx').on(t.workspaceId, t.requestId),
    ofFirm(t),
    inFirm(t, t.requestId, surveyRequests, 'cascade'),
  ],
);

/** Who changed what, when: before → after per field (issue: audit log). */
export const auditLog = pgTable(
  'audit_log',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    userId: uuid('user_id'),
    changes: jsonb('changes').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('audit_log_entity_idx').on(t.workspaceId, t.entityType, t.entityId, t.at),
    ofFirm(t),
    inFirm(t, t.userId, users, 'set null'),
  ],
);

export const schemaTables = {
  workspaces,
  users,
  sessions,
  apiTokens,
  invitations,
  signInAttempts,
  organizations,
  contacts,
  assignments,
  revenueLines,
  clientYears,
  imports,
  importMappings,
  revenuePlans,
  acquisitionInvestments,
  clientDecisions,
  criteria,
  criterionScores,
  scoringRevisions,
  agreedScores,
  categorySchemes,
  classifications,
  clientCategories,
  categoryOverrides,
  categoryOverrideHistory,
  valueTags,
  categoryGoals,
  prospectProfiles,
  serviceConcepts,
  activities,
  activityContacts,
  activityProfessionals,
  callBacks,
  proposals,
  accountTeamMembers,
  gifts,
  calendarFeeds,
  weeklyDigests,
  evaluations,
  improvementPlans,
  surveyRequests,
  surveyLinks,
  marketingSpend,
  complaints,
  lostReasons,
  clientLosses,
  winBackPolicies,
  acuteSignals,
  signalDismissals,
  auditLog,
} as const;
