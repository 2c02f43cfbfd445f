import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/helpers/database.ts';
import { arrayRows } from './array-rows.ts';

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const statement = (from: number) => sql`
  select n, 'name ' || n as name, date '2025-01-01' + n as day, null::text as nothing
    from generate_series(${from}, ${from} + 2) as n order by n`;

describe('rows read as lists of values', () => {
  it('gives each row its values in the order of the select list, dates as text', async () => {
    expect(await arrayRows(database.db, statement(1))).toEqual([
      [1, 'name 1', '2025-01-02', null],
      [2, 'name 2', '2025-01-03', null],
      [3, 'name 3', '2025-01-04', null],
    ]);
  });

  it('reads the same within a transaction, which has no pool of its own', async () => {
    const rows = await database.db.transaction((tx) => arrayRows(tx, statement(7)));
    expect(rows[0]).toEqual([7, 'name 7', '2025-01-08', null]);
    expect(rows).toHaveLength(3);
  });
});
