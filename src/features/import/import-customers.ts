// The customers of a staged import matched to the firm's organisations, into a temporary table
// the lines are joined with; unknown customers become clients when the user chose so.
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { auditChanges } from '../../core/audit-changes.ts';
import { customerMatcher } from '../../core/import/customer-match.ts';
import { normaliseKvkNumber } from '../../core/kvk-number.ts';
import { searchKey } from '../../core/search-key.ts';
import * as schema from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';
import type { StagedCustomer } from './revenue-staging.ts';

export type CustomerOutcome = {
  matched: { byCode: number; byKvk: number; byName: number };
  /** Organisations made for customers the firm did not know (the first 1,000 listed). */
  created: { id: string; name: string; code: string | null }[];
  createdCount: number;
  /** Customers whose lines are refused: unknown (when not creating) or ambiguous by name. */
  unknown: (Omit<StagedCustomer, 'nameDate'> & { reason: 'unknown' | 'ambiguous' })[];
  unknownLines: number;
};

const listed = 1_000;

/**
 * New clients the file gives no name for: the import stops rather than name them by their code
 * (decision 0018). The caller says which column to choose.
 */
export class NamelessClients extends Error {
  constructor(
    readonly count: number,
    readonly example: string,
  ) {
    super(`${count} new clients have no name in the file`);
  }
}

export async function matchStagedCustomers(
  client: pg.PoolClient,
  options: {
    workspaceId: string;
    userId: string | null;
    unknownCustomers: 'create' | 'refuse';
    /** A table's import stops when a new client would have no name (an audit file's cannot). */
    namesRequired?: boolean;
  },
  customers: Map<string, StagedCustomer>,
  /** The staged table and its date column: the first date makes a new client's "client since". */
  staged: { table: string; dateColumn: string } = {
    table: 'import_lines',
    dateColumn: 'invoice_date',
  },
): Promise<CustomerOutcome> {
  const db = drizzle(client, { schema });
  const o = schema.organizations;
  const known = await db
    .select({
      id: o.id,
      name: o.name,
      legalName: o.legalName,
      kvkNumber: o.kvkNumber,
      customerCode: o.customerCode,
      archivedAt: o.archivedAt,
    })
    .from(o)
    .where(eq(o.workspaceId, options.workspaceId));
  const match = customerMatcher(known.map((k) => ({ ...k, archived: k.archivedAt !== null })));
  const usedKvk = new Set(known.filter((k) => k.archivedAt === null).map((k) => k.kvkNumber));
  const usedCodes = new Set(known.map((k) => k.customerCode?.trim().toLowerCase()));

  const outcome: CustomerOutcome = {
    matched: { byCode: 0, byKvk: 0, byName: 0 },
    created: [],
    createdCount: 0,
    unknown: [],
    unknownLines: 0,
  };
  const pairs: [string, string][] = [];
  const toCreate: StagedCustomer[] = [];
  for (const customer of customers.values()) {
    const found = match(customer);
    if (found.organizationId !== null) {
      pairs.push([customer.key, found.organizationId]);
      if (found.by === 'code') outcome.matched.byCode++;
      else if (found.by === 'kvk') outcome.matched.byKvk++;
      else outcome.matched.byName++;
    } else if (found.reason === 'unknown' && options.unknownCustomers === 'create') {
      toCreate.push(customer);
    } else {
      outcome.unknownLines += customer.lines;
      if (outcome.unknown.length < listed) {
        const { nameDate: _nameDate, ...named } = customer;
        outcome.unknown.push({ ...named, reason: found.reason });
      }
    }
  }

  const nameless = toCreate.filter((customer) => !customer.name?.trim());
  if (options.namesRequired && nameless[0]) {
    const { code, kvkNumber } = nameless[0];
    throw new NamelessClients(nameless.length, code?.trim() || kvkNumber || '');
  }
  const firstDates = toCreate.length > 0 ? await firstDatesOf(client, staged) : new Map();
  const rows = toCreate.map((customer) => {
    const name = (customer.name?.trim() || customer.code?.trim() || customer.kvkNumber!).slice(
      0,
      200,
    );
    const kvk = customer.kvkNumber ? normaliseKvkNumber(customer.kvkNumber) : undefined;
    const kvkNumber = kvk && !usedKvk.has(kvk) ? kvk : null;
    usedKvk.add(kvkNumber);
    const code = customer.code?.trim().slice(0, 64) || null;
    const customerCode = code && !usedCodes.has(code.toLowerCase()) ? code : null;
    usedCodes.add(customerCode?.toLowerCase());
    return {
      workspaceId: options.workspaceId,
      id: newId(),
      name,
      kvkNumber,
      customerCode,
      status: 'client',
      relationLevel: 'other',
      clientSince: (firstDates.get(customer.key) as string | null | undefined) ?? null,
      nameKey: searchKey(name),
      searchKey: searchKey(name, kvkNumber, customerCode),
      key: customer.key,
    };
  });
  for (let from = 0; from < rows.length; from += 1_000) {
    const chunk = rows.slice(from, from + 1_000);
    await db.insert(o).values(chunk.map(({ key: _key, ...row }) => row));
    await db.insert(schema.auditLog).values(
      chunk.map((row) => ({
        workspaceId: options.workspaceId,
        entityType: 'organization',
        entityId: row.id,
        action: 'create',
        userId: options.userId,
        changes: auditChanges(undefined, {
          name: row.name,
          kvkNumber: row.kvkNumber,
          customerCode: row.customerCode,
          status: row.status,
          relationLevel: row.relationLevel,
          clientSince: row.clientSince,
        }),
      })),
    );
  }
  for (const row of rows) pairs.push([row.key, row.id]);
  outcome.createdCount = rows.length;
  outcome.created = rows
    .slice(0, listed)
    .map((r) => ({ id: r.id, name: r.name, code: r.customerCode }));

  await client.query(`create temporary table import_customers (
      customer_key text primary key, organization_id uuid not null) on commit drop`);
  for (let from = 0; from < pairs.length; from += 5_000) {
    const chunk = pairs.slice(from, from + 5_000);
    await client.query(
      'insert into import_customers select * from unnest($1::text[], $2::uuid[])',
      [chunk.map((p) => p[0]), chunk.map((p) => p[1])],
    );
  }
  await client.query('analyze import_customers');
  return outcome;
}

async function firstDatesOf(
  client: pg.PoolClient,
  staged: { table: string; dateColumn: string },
): Promise<Map<string, string | null>> {
  const result = await client.query<{ key: string; first: string | null }>(
    `select customer_key as key, min(${staged.dateColumn})::text as first
       from ${staged.table} group by 1`,
  );
  return new Map(result.rows.map((row) => [row.key, row.first]));
}
