// Rows of one table in a single statement: one array parameter per column, so thousands of rows
// cost one round trip (INSERT … SELECT FROM unnest).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';

/** Inserts rows of one table with a single statement: one array parameter per column. */
export async function insertRows<T extends PgTable>(
  client: pg.PoolClient,
  table: T,
  rows: readonly T['$inferSelect'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
  const casts = columns.map(([, column], i) => `$${i + 1}::${column.getSQLType()}[]`).join(', ');
  // a jsonb value goes as its text: an array would be sent as a Postgres array
  const values = columns.map(([key, column]) => {
    const json = column.getSQLType() === 'jsonb';
    return rows.map((row) => {
      const value = (row as Record<string, unknown>)[key];
      if (value instanceof Date) return value.toISOString();
      return json && value !== null && value !== undefined ? JSON.stringify(value) : value;
    });
  });
  await client.query(
    `insert into "${getTableName(table)}" (${names}) select * from unnest(${casts})`,
    values,
  );
}
