// The one source of truth for the database. Every table carries `workspace_id`, first in its
// primary key and in every unique constraint (docs/decisions/0003-workspace-keys.md).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  char,
  date,
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

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const workspaces = pgTable('workspaces', {
  workspaceId: uuid('workspace_id').primaryKey(),
  name: text('name').notNull(),
  currency: char('currency', { length: 3 }).notNull().default('EUR'),
  locale: text('locale').notNull().default('nl'),
  fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
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
    clientSince: date('client_since'),
    referredByOrganizationId: uuid('referred_by_organization_id'),
    referredByContactId: uuid('referred_by_contact_id'),
    notes: text('notes'),
    nameKey: text('name_key').notNull(),
    searchKey: text('search_key').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('organizations_kvk_key')
      .on(t.workspaceId, t.kvkNumber)
      .where(sql`${t.kvkNumber} is not null and ${t.archivedAt} is null`),
    index('organizations_name_idx').on(t.workspaceId, t.nameKey, t.id),
    // no pending list: rows added in bulk are searchable at index speed without waiting for a vacuum
    index('organizations_search_trgm_idx')
      .using('gin', sql`${t.searchKey} gin_trgm_ops`)
      .with({ fastupdate: false }),
    index('organizations_manager_idx').on(t.workspaceId, t.relationshipManagerId),
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('contacts_organization_idx').on(t.workspaceId, t.organizationId, t.sortKey),
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
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('assignments_organization_idx').on(t.workspaceId, t.organizationId),
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
    fingerprint: text('fingerprint').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('revenue_lines_fingerprint_key').on(t.workspaceId, t.fingerprint),
    index('revenue_lines_organization_idx').on(t.workspaceId, t.organizationId, t.invoiceDate),
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
  auditLog,
} as const;
