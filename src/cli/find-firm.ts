// The firm a command works on: the only one in the database, or the one --workspace names.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/connection.ts';
import { workspaces } from '../db/schema.ts';
import { firmForCommand } from '../features/workspace/workspace.service.ts';

export type Firm = typeof workspaces.$inferSelect;

export async function findFirm(database: Database, workspace: string | undefined): Promise<Firm> {
  const all = await database.db.select().from(workspaces);
  const firm = workspace
    ? all.find((w) => w.workspaceId === workspace.trim())
    : all.length === 1
      ? all[0]
      : undefined;
  if (!firm) {
    const listed = all
      .slice(0, 20)
      .map((w) => `${w.workspaceId} (${w.name})`)
      .join(', ');
    throw new Error(
      all.length === 0
        ? 'there is no firm yet: start the app and set it up, import revenue ' +
            '(klandizie import revenue FILE) or load the demo (klandizie demo)'
        : workspace
          ? `no firm has the id ${workspace}; the firms are: ${listed}`
          : `this database holds several firms: name one with --workspace, one of ${listed}`,
    );
  }
  return firm;
}

/** The help of --workspace, the same on every command that picks a firm. */
export const workspaceOption = [
  '--workspace <id>',
  'the firm (its workspace id), when the database holds several',
] as const;

/**
 * The firm an import works on: the one --workspace names, else the only one. A check of a
 * fresh database runs against a firm that does not exist yet (no organisations); `forWriting`
 * makes it, named `name`, only when something is written.
 */
export async function importFirm(
  database: Database,
  workspace: string | undefined,
): Promise<{
  workspaceId: string;
  forWriting: (name: string) => Promise<{ workspaceId: string; created: boolean }>;
}> {
  const firms = await database.db.select({ id: workspaces.workspaceId }).from(workspaces).limit(2);
  if (workspace !== undefined || firms.length > 1) {
    const firm = await findFirm(database, workspace);
    return {
      workspaceId: firm.workspaceId,
      forWriting: async () => ({ workspaceId: firm.workspaceId, created: false }),
    };
  }
  return {
    workspaceId: firms[0]?.id ?? randomUUID(),
    forWriting: (name) => firmForCommand(database.db, name),
  };
}
