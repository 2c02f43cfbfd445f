// `klandizie demo`: loads the demo firm into an empty database.
import type { Command } from 'commander';
import { defaultDemoOrganizations, defaultDemoSeed } from '../demo/firm.ts';
import { demoLimits } from '../demo/generate.ts';
import { workspaces } from '../db/schema.ts';
import type { Context } from './context.ts';
import { loadDemo, printDemoSignIn } from './demo.ts';
import { openMigratedDatabase } from './open.ts';

export function registerDemoCommand(program: Command, context: Context): void {
  const { min, max } = demoLimits.organizations;
  program
    .command('demo')
    .description('load the demo firm into an empty database (the same data for the same seed)')
    .option(
      '--organizations <n>',
      `number of organisations, ${min}–${max.toLocaleString('en')}`,
      String(defaultDemoOrganizations),
    )
    .option(
      '--seed <s>',
      'seed, a whole number: the same seed gives the same firm',
      String(defaultDemoSeed),
    )
    .action(async (options: { organizations: string; seed: string }) => {
      const organizations = parseOrganizations(options.organizations);
      const seed = parseSeed(options.seed);
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const [firm] = await database.db
          .select({ name: workspaces.name })
          .from(workspaces)
          .limit(1);
        if (firm) {
          await printDemoSignIn(database, context.log);
          throw new Error(
            `the database holds a firm already (${firm.name}); the demo firm loads only into an ` +
              'empty database: choose an empty data directory (--data) or another database (--database-url)',
          );
        }
        await loadDemo(database, { organizations, seed, log: context.log });
        await printDemoSignIn(database, context.log);
      } finally {
        await database.close();
      }
    });
}

export function parseOrganizations(value: string): number {
  const { min, max } = demoLimits.organizations;
  const digits = value.trim().replace(/_/g, '');
  const number = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!(number >= min && number <= max))
    throw new Error(
      `--organizations must be a whole number from ${min} to ${max.toLocaleString('en')}, not "${value}"`,
    );
  return number;
}

export function parseSeed(value: string): number {
  const number = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(number))
    throw new Error(`--seed must be a whole number, not "${value}"`);
  return number;
}
