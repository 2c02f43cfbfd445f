// Large reads as lists of values rather than an object per row: a report of the whole firm reads
// tens of thousands of rows, and building an object with named fields for each costs more than
// reading its values. Values arrive as through the query builder: dates and times as text,
// bigints as numbers.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './connection.ts';

const dialect = new PgDialect();

const { builtins } = pg.types;
const asText = new Set<number>([
  builtins.DATE,
  builtins.TIMESTAMP,
  builtins.TIMESTAMPTZ,
  builtins.INTERVAL,
]);
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    asText.has(oid)
      ? (value: string) => value
      : oid === builtins.INT8
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/** The rows of a statement, each as its values in the order of the select list. */
export async function arrayRows<Row extends unknown[]>(
  db: Pick<Db, 'execute'>,
  query: SQL,
): Promise<Row[]> {
  const pool = (db as Pick<Db, 'execute'> & { $client?: pg.Pool }).$client;
  // a transaction has no pool of its own: its rows are read as objects and taken apart, which
  // needs a name of its own for every column
  if (pool === undefined)
    return (await db.execute(query)).rows.map((row) => Object.values(row) as Row);
  const { sql: text, params } = dialect.sqlToQuery(query);
  const result = await pool.query<Row>({ text, values: params, rowMode: 'array', types });
  return result.rows;
}
