// Migration 0012 gives every contact stored before it the search key the app writes
// (contactSearchKey): the SQL folding of the migration and the app's must agree.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSearchKey } from '../src/core/contact-name.ts';
import type { Database } from '../src/db/connection.ts';
import { dropForeignKeys, freshDatabase } from './helpers/database.ts';

const migration = readFileSync(
  fileURLToPath(new URL('../src/db/migrations/0013_contact_search_key.sql', import.meta.url)),
  'utf8',
);
let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database.close());

describe('migration 0012: contact search key', () => {
  it('writes the key the app writes for contacts kept before it', async () => {
    const { pool } = database;
    // the table as migration 0011 left it
    await dropForeignKeys(pool);
    await pool.query('drop index contacts_search_trgm_idx');
    await pool.query('alter table contacts drop column search_key');
    const people = [
      { firstName: 'Zoë', infix: 'van', lastName: 'Éijk', email: 'Zoe@Eijk.NL', phone: '06-12 34' },
      { firstName: 'Jürgen', infix: null, lastName: 'Müller', email: null, phone: null },
      { firstName: 'Anna', infix: null, lastName: 'Bakker', email: 'anna@x.test', phone: '+31 20' },
    ];
    for (const person of people)
      await pool.query(
        `insert into contacts (workspace_id, id, organization_id, first_name, infix, last_name,
           email, phone, sort_key) values ($1, $2, $3, $4, $5, $6, $7, $8, '')`,
        [
          randomUUID(),
          randomUUID(),
          randomUUID(),
          person.firstName,
          person.infix,
          person.lastName,
          person.email,
          person.phone,
        ],
      );
    for (const statement of migration.split('--> statement-breakpoint'))
      await pool.query(statement);
    const { rows } = await pool.query<{ first_name: string; search_key: string }>(
      'select first_name, search_key from contacts',
    );
    for (const person of people)
      expect(rows.find((row) => row.first_name === person.firstName)?.search_key).toBe(
        contactSearchKey(person),
      );
  });
});
