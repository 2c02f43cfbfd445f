// Opens the database the way every command does: flags and environment decide between the
// embedded server of a data directory and a PostgreSQL server; migrations are applied.
import { openDatabase, type Database } from '../db/connection.ts';
import { migrateDatabase } from '../db/migrate.ts';
import type { Config } from '../http/config.ts';

export async function openMigratedDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
  });
  try {
    await migrateDatabase(database.connectionConfig);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
