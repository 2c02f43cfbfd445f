// The firm a command works on: the only one in the database, or the one --workspace names.
import type { Database } from '../db/connection.ts';
import { workspaces } from '../db/schema.ts';

export type Firm = typeof workspaces.$inferSelect;

export async function findFirm(database: Database, workspace: string | undefined): Promise<Firm> {
  const all = await database.db.select().from(workspaces);
  const firm = workspace
    ? all.find((w) => w.workspaceId === workspace)
    : all.length === 1
      ? all[0]
      : undefined;
  if (!firm) {
    throw new Error(
      all.length === 0
        ? 'there is no firm yet: import revenue first (klandizie import revenue FILE)'
        : workspace
          ? `no firm has the id ${workspace}`
          : 'name the firm with --workspace',
    );
  }
  return firm;
}
