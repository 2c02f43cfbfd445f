// Migration 0015 adds the foreign keys to a database that may hold rows whose reference names a
// row that is gone or in another firm: it removes such a row when it is part of what it names,
// nulls an optional reference, and then the keys go on without failing (decision 0028).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { dropForeignKeys, freshDatabase } from './helpers/database.ts';

const migration = readFileSync(
  fileURLToPath(new URL('../src/db/migrations/0015_foreign_keys.sql', import.meta.url)),
  'utf8',
);
let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database.close());

describe('migration 0015: foreign keys', () => {
  it('removes or nulls the references to rows that are gone or in another firm', async () => {
    const { pool } = database;
    // the database as migration 0013 left it: no foreign keys
    const keys = await dropForeignKeys(pool);

    const [ours, theirs, gone] = [randomUUID(), randomUUID(), randomUUID()];
    for (const workspace of [ours, theirs])
      await pool.query(`insert into workspaces (workspace_id, name) values ($1, 'Firm')`, [
        workspace,
      ]);
    const user = randomUUID();
    await pool.query(
      `insert into users (workspace_id, id, email, name, role) values ($1, $2, 'a@x.test', 'A', 'admin')`,
      [ours, user],
    );
    const [client, theirClient, goneClient] = [randomUUID(), randomUUID(), randomUUID()];
    const [contact, strayContact] = [randomUUID(), randomUUID()];
    const organization = (workspace: string, id: string, referredByContact: string | null) =>
      pool.query(
        `insert into organizations (workspace_id, id, name, status, relation_level, name_key,
           search_key, relationship_manager_id, referred_by_contact_id)
         values ($1, $2, 'Client', 'client', 'other', 'client', 'client', $3, $4)`,
        [workspace, id, randomUUID(), referredByContact],
      );
    await organization(ours, client, strayContact);
    await organization(theirs, theirClient, null);
    await organization(gone, goneClient, null);
    const person = (id: string, of: string) =>
      pool.query(
        `insert into contacts (workspace_id, id, organization_id, first_name, last_name, sort_key)
         values ($1, $2, $3, 'An', 'Jansen', '')`,
        [ours, id, of],
      );
    await person(contact, client);
    await person(strayContact, theirClient); // its organisation is in another firm
    const line = (id: string, of: string, importId: string | null) =>
      pool.query(
        `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
           fingerprint, import_id) values ($1, $2, $3, '2026-01-05', 10000, $5, $4)`,
        [ours, id, of, importId, id],
      );
    const [kept, stray] = [randomUUID(), randomUUID()];
    await line(kept, client, randomUUID()); // its import was never kept
    await line(stray, theirClient, null);
    const activity = randomUUID();
    await pool.query(
      `insert into activities (workspace_id, id, organization_id, type, status, on_date, subject,
         created_by) values ($1, $2, $3, 'visit', 'done', '2026-01-05', 'Visit', $4)`,
      [ours, activity, client, randomUUID()],
    );
    for (const who of [contact, strayContact])
      await pool.query(
        `insert into activity_contacts (workspace_id, activity_id, contact_id) values ($1, $2, $3)`,
        [ours, activity, who],
      );
    await pool.query(
      `insert into audit_log (workspace_id, entity_type, entity_id, action, user_id, changes)
       values ($1, 'organization', $2, 'update', $3, '{}'), ($1, 'organization', $2, 'update', $4, '{}')`,
      [ours, client, user, randomUUID()],
    );

    for (const statement of migration.split('--> statement-breakpoint'))
      await pool.query(statement);

    const column = async (query: string) =>
      (await pool.query(query)).rows.map((row: Record<string, unknown>) => Object.values(row)[0]);
    expect(await column('select workspace_id from organizations order by workspace_id')).toEqual(
      [ours, theirs].sort(),
    );
    expect(
      await column(
        `select concat_ws('|', relationship_manager_id, referred_by_contact_id) from organizations`,
      ),
    ).toEqual(['', '']);
    expect(await column('select id from contacts')).toEqual([contact]);
    expect(await column('select import_id from revenue_lines')).toEqual([null]);
    expect(await column('select id from revenue_lines')).toEqual([kept]);
    expect(await column('select created_by from activities')).toEqual([null]);
    expect(await column('select contact_id from activity_contacts')).toEqual([contact]);
    expect(await column('select user_id from audit_log order by user_id')).toEqual([user, null]);
    const { rows } = await pool.query<{ keys: number }>(`
      select count(*)::int as keys from pg_constraint
      where contype = 'f' and connamespace = 'public'::regnamespace`);
    // every key 0015 writes is on; the tables of later migrations come with their own keys
    const written = migration.match(/ADD CONSTRAINT .* FOREIGN KEY/g)?.length ?? 0;
    expect(written).toBeGreaterThan(90);
    expect(rows[0]?.keys).toBe(written);
    expect(keys.length).toBeGreaterThanOrEqual(written);
  });
});
