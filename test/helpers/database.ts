// A freshly migrated database per test file, copied from the template the global setup made.
import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema.ts';

const templateName = 'klandizie_test_template';

export function serverConfig(): pg.ClientConfig {
  return inject('pgConfig') as pg.ClientConfig;
}

/**
 * The address of a database on the test server, as the command line takes it in DATABASE_URL:
 * user and password percent-encoded, a Unix socket directory as the `host` parameter.
 */
export function databaseUrl(name: string, config: pg.ClientConfig = serverConfig()): string {
  const { host = 'localhost', port = 5432, user = '', password = '' } = config;
  const secret = typeof password === 'string' ? password : '';
  const credentials = `${encodeURIComponent(user)}:${encodeURIComponent(secret)}`;
  return host.startsWith('/')
    ? `postgres://${credentials}@localhost:${port}/${name}?host=${encodeURIComponent(host)}`
    : `postgres://${credentials}@${host}:${port}/${name}`;
}

export async function freshDatabase(): Promise<Database & { name: string }> {
  const config = serverConfig();
  const name = `klandizie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.end();
  const connectionConfig = { ...config, database: name };
  const pool = new pg.Pool({ ...connectionConfig, max: 5 });
  // dropping the database at the end cuts a connection that is still closing: no failure of the
  // next file's tests, which run in the same process
  pool.on('connect', (client) => client.on('error', () => undefined));
  // and the pool passes a cut idle connection's error on to its own listeners, or throws it
  pool.on('error', () => undefined);
  return {
    name,
    db: drizzle(pool, { schema }),
    pool,
    kind: 'server',
    connectionConfig,
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ ...config, database: 'postgres' });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Drops every foreign key, for a test of a migration older than 0014 (decision 0028): the
 * tables as they were then, when rows could name any id; returns the statements dropped.
 */
export async function dropForeignKeys(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ drop: string }>(`
    select format('alter table %s drop constraint %I', conrelid::regclass, conname) as drop
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`);
  for (const row of rows) await pool.query(row.drop);
  return rows.map((row) => row.drop);
}
