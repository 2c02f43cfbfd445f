// One way in to the database: the embedded server of a data directory, or any PostgreSQL
// server named by a connection URL.
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema.ts';
import { openEmbeddedServer } from './embedded.ts';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  /** Where to connect for a second pool or a plain client (benchmarks, backups). */
  connectionConfig: pg.ClientConfig;
  close: () => Promise<void>;
};

export const embeddedDatabaseName = 'klandizie';

// bigint columns arrive as strings by default; money in cents fits a JS number (< 2^53).
pg.types.setTypeParser(20, (value) => Number(value));
// dates stay ISO strings ("2024-12-31"), never shifted by a time zone
pg.types.setTypeParser(1082, (value) => value);

export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  log?: (message: string) => void;
}): Promise<Database> {
  if (options.databaseUrl) {
    const connectionConfig: pg.ClientConfig = { connectionString: options.databaseUrl };
    const pool = newPool(connectionConfig, options.poolSize);
    return {
      db: drizzle(pool, { schema }),
      pool,
      kind: 'server',
      connectionConfig,
      close: () => pool.end(),
    };
  }
  const server = await openEmbeddedServer({
    dataDir: options.dataDir,
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    await ensureDatabase(server.connectionConfig, embeddedDatabaseName);
  } catch (error) {
    await server.release();
    throw error;
  }
  const connectionConfig = { ...server.connectionConfig, database: embeddedDatabaseName };
  const pool = newPool(connectionConfig, options.poolSize);
  return {
    db: drizzle(pool, { schema }),
    pool,
    kind: 'embedded',
    connectionConfig,
    close: async () => {
      await pool.end();
      await server.release();
    },
  };
}

function newPool(config: pg.ClientConfig, max = 10): pg.Pool {
  const pool = new pg.Pool({ ...config, max, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not take the process down.
  pool.on('error', (error) => console.error('database connection error:', error.message));
  return pool;
}

/** Creates a database on a server when it is missing. */
export async function ensureDatabase(config: pg.ClientConfig, name: string): Promise<void> {
  const client = new pg.Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`create database ${client.escapeIdentifier(name)}`)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another process
        });
    }
  } finally {
    await client.end();
  }
}
