// Loading the demo firm from the command line (`serve --demo`, `klandizie demo`), and telling
// the user how to sign in to it.
import { eq } from 'drizzle-orm';
import { DomainError } from '../core/errors.ts';
import type { Database } from '../db/connection.ts';
import { users, workspaces } from '../db/schema.ts';
import { verifyPassword } from '../features/auth/password.ts';
import { defaultDemoOrganizations, defaultDemoSeed, demoSignIn } from '../demo/firm.ts';
import { loadDemoFirm, type DemoSummary } from '../demo/load.ts';

type Log = (message: string) => void;
const consoleLog: Log = (message) => console.log(message);

export type DemoLoadOptions = { organizations?: number; seed?: number; log?: Log };

/** Loads the demo firm; throws a conflict when the database holds a firm already. */
export async function loadDemo(database: Database, options: DemoLoadOptions): Promise<DemoSummary> {
  const log = options.log ?? consoleLog;
  const organizations = options.organizations ?? defaultDemoOrganizations;
  const seed = options.seed ?? defaultDemoSeed;
  log(`Loading the demo firm: ${organizations.toLocaleString('en')} organisations, seed ${seed}…`);
  const summary = await loadDemoFirm(database, { organizations, seed });
  log(
    `Loaded in ${summary.seconds.toFixed(1)} s: ${summary.users} users, ` +
      `${summary.organizations.toLocaleString('en')} organisations, ` +
      `${summary.contacts.toLocaleString('en')} contact persons, ` +
      `${summary.assignments.toLocaleString('en')} assignments, ` +
      `${summary.revenueLines.toLocaleString('en')} revenue lines.`,
  );
  const { servicing } = summary;
  if (servicing)
    log(
      `Clients per category: ${servicing.categories
        .map(({ category, clients }) => `${category} ${clients.toLocaleString('en')}`)
        .join(', ')}; ${servicing.activities.toLocaleString('en')} activities, ` +
        `${servicing.proposals} proposals, ${servicing.callBacks} call-backs, ` +
        `${servicing.gifts} gifts.`,
    );
  return summary;
}

/** Loads the demo firm when the database holds no firm; prints the demo sign-in when it works. */
export async function loadDemoIfEmpty(database: Database, options: DemoLoadOptions): Promise<void> {
  const log = options.log ?? consoleLog;
  const [firm] = await database.db.select({ name: workspaces.name }).from(workspaces).limit(1);
  if (firm) {
    log(`The database holds a firm already (${firm.name}); the demo firm is not loaded.`);
  } else {
    try {
      await loadDemo(database, options);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
      log('A firm was created meanwhile; the demo firm is not loaded.');
    }
  }
  await printDemoSignIn(database, log);
}

/** Prints the demo owner's sign-in, when that account exists and its password is still the demo's. */
export async function printDemoSignIn(database: Database, log: Log = consoleLog): Promise<void> {
  const [owner] = await database.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, demoSignIn.email))
    .limit(1);
  if (!owner?.passwordHash) return;
  if (await verifyPassword(demoSignIn.password, owner.passwordHash)) {
    log(`Demo sign-in: ${demoSignIn.email} with password ${demoSignIn.password}`);
  } else {
    log(`Demo sign-in: ${demoSignIn.email} (its password has been changed)`);
  }
}
