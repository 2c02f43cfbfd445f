// The database checks every reference (decision 0028): each column that names another row has a
// foreign key `(workspace_id, column) → parent (workspace_id, id)`, so that the row exists and is
// of the same firm, or a reason here why it cannot. A new table follows the same rule.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { freshDatabase } from './helpers/database.ts';

/** Columns that name a row but have no key, and why. Keep this list short. */
const withoutKey: Record<string, string> = {
  'workspaces.workspace_id': 'the firm’s own key',
  'sign_in_attempts.workspace_id':
    'an attempt for an unknown address is kept under the nil workspace, which is no firm',
  'sign_in_counters.workspace_id': 'the sign-in throttle is the host’s, under the nil workspace',
  'audit_log.entity_id':
    'names a row of the table entity_type says, and outlives it: the history of a removed row',
};

type Key = {
  table: string;
  name: string;
  parent: string;
  columns: string[];
  parentColumns: string[];
  deferrable: boolean;
  /** a: no action, c: cascade, n: set null, r: restrict, d: set default */
  onDelete: string;
  setNullColumns: string[] | null;
};

let database: Database;
let keys: Key[];

beforeAll(async () => {
  database = await freshDatabase();
  const { rows } = await database.pool.query<Key>(`
    select c.conrelid::regclass::text as "table", c.conname as name,
      c.confrelid::regclass::text as parent, c.condeferrable as deferrable,
      c.confdeltype as "onDelete",
      array(select a.attname::text from unnest(c.conkey) with ordinality as k(n, i)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality as k(n, i)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)
        as "parentColumns",
      (select array_agg(a.attname::text) from unnest(c.confdelsetcols) as k(n)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as "setNullColumns"
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
  keys = rows;
});
afterAll(async () => database.close());

/** Every column named like a reference: `…_id`, or `…_by` for who did something. */
async function referenceColumns(): Promise<string[]> {
  const { rows } = await database.pool.query<{ column: string }>(`
    select c.table_name || '.' || c.column_name as "column"
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and (c.column_name like '%\\_id' or c.column_name like '%\\_by')
    order by 1`);
  return rows.map((row) => row.column);
}

function keyOf(qualified: string): Key | undefined {
  const [table, column] = qualified.split('.') as [string, string];
  return keys.find((key) =>
    column === 'workspace_id'
      ? key.table === table &&
        key.parent === 'workspaces' &&
        key.columns.join() === 'workspace_id' &&
        key.parentColumns.join() === 'workspace_id'
      : key.table === table &&
        key.columns.join() === `workspace_id,${column}` &&
        key.parentColumns.join() === 'workspace_id,id',
  );
}

describe('foreign keys', () => {
  it('covers every column that names a row, or says why not', async () => {
    const columns = await referenceColumns();
    expect(columns.length).toBeGreaterThan(60);
    const missing = columns.filter((column) => !keyOf(column) && !(column in withoutKey));
    expect(
      missing,
      'add foreignKey (workspace_id, column) → parent (workspace_id, id) in src/db/schema.ts',
    ).toEqual([]);
    // the reasons stay true: each names a column that exists and has no key
    for (const column of Object.keys(withoutKey)) {
      expect(columns, column).toContain(column);
      expect(keyOf(column), column).toBeUndefined();
    }
  });

  it('are deferrable, so that a restore checks them at commit', () => {
    const immediate = keys.filter((key) => !key.deferrable).map((key) => key.name);
    expect(immediate, 'write DEFERRABLE on these keys in their migration').toEqual([]);
  });

  it('null only the reference on delete, never the row’s firm', () => {
    const setNull = keys.filter((key) => key.onDelete === 'n');
    expect(setNull.length).toBeGreaterThan(10);
    for (const key of setNull)
      expect(key.setNullColumns, `${key.name}: write SET NULL ("column") in its migration`).toEqual(
        key.columns.filter((column) => column !== 'workspace_id'),
      );
  });
});

describe('the database refuses', () => {
  it('a revenue line whose organisation is in another firm', async () => {
    const { pool } = database;
    const [ours, theirs] = [await firm(), await firm()];
    const organization = await organizationOf(theirs);
    const line = pool.query(
      `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
         fingerprint) values ($1, $2, $3, '2026-01-05', 10000, 'x')`,
      [ours, randomUUID(), organization],
    );
    await expect(line).rejects.toMatchObject({
      code: '23503',
      constraint: 'revenue_lines_organization_id_fk',
    });
    // and the same line in the organisation's own firm is taken
    await pool.query(
      `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
         fingerprint) values ($1, $2, $3, '2026-01-05', 10000, 'x')`,
      [theirs, randomUUID(), organization],
    );
  });

  it('a contact person of an organisation that does not exist', async () => {
    const workspace = await firm();
    await expect(
      database.pool.query(
        `insert into contacts (workspace_id, id, organization_id, first_name, last_name, sort_key)
         values ($1, $2, $3, 'An', 'Jansen', '')`,
        [workspace, randomUUID(), randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23503', constraint: 'contacts_organization_id_fk' });
  });
});

describe('deleting', () => {
  it('a user keeps what they did, without their name, in their firm', async () => {
    const { pool } = database;
    const workspace = await firm();
    const organization = await organizationOf(workspace);
    const user = randomUUID();
    await pool.query(
      `insert into users (workspace_id, id, email, name, role) values ($1, $2, 'a@x.test', 'A', 'admin')`,
      [workspace, user],
    );
    const activity = randomUUID();
    await pool.query(
      `insert into activities (workspace_id, id, organization_id, type, status, on_date, subject,
         created_by) values ($1, $2, $3, 'visit', 'done', '2026-01-05', 'Visit', $4)`,
      [workspace, activity, organization, user],
    );
    await pool.query('delete from users where workspace_id = $1 and id = $2', [workspace, user]);
    const { rows } = await pool.query(
      'select workspace_id, created_by from activities where id = $1',
      [activity],
    );
    expect(rows).toEqual([{ workspace_id: workspace, created_by: null }]);
  });

  it('an organisation removes its revenue lines and contact persons', async () => {
    const { pool } = database;
    const workspace = await firm();
    const organization = await organizationOf(workspace);
    await pool.query(
      `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
         fingerprint) values ($1, $2, $3, '2026-01-05', 10000, 'y')`,
      [workspace, randomUUID(), organization],
    );
    await pool.query(
      `insert into contacts (workspace_id, id, organization_id, first_name, last_name, sort_key)
       values ($1, $2, $3, 'An', 'Jansen', '')`,
      [workspace, randomUUID(), organization],
    );
    await pool.query('delete from organizations where workspace_id = $1', [workspace]);
    const { rows } = await pool.query<{ rows: number }>(
      `select (select count(*) from revenue_lines where workspace_id = $1)
        + (select count(*) from contacts where workspace_id = $1) as rows`,
      [workspace],
    );
    expect(Number(rows[0]?.rows)).toBe(0);
  });
});

async function firm(): Promise<string> {
  const workspace = randomUUID();
  await database.pool.query(`insert into workspaces (workspace_id, name) values ($1, 'Firm')`, [
    workspace,
  ]);
  return workspace;
}

async function organizationOf(workspace: string): Promise<string> {
  const id = randomUUID();
  await database.pool.query(
    `insert into organizations (workspace_id, id, name, status, relation_level, name_key, search_key)
     values ($1, $2, 'Client', 'client', 'other', 'client', 'client')`,
    [workspace, id],
  );
  return id;
}
