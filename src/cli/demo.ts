import type { Database } from '../db/connection.ts';

/** Loads the demo firm into an empty database (filled in by the demo generator). */
export async function loadDemoIfEmpty(
  _database: Database,
  _options: { organizations?: number; seed?: number },
): Promise<void> {
  throw new Error('the demo firm is not available yet');
}
