// The `klandizie` command: serve, migrate, users, demo, backup, restore.
import { Command, Option } from 'commander';
import type { Config } from '../http/config.ts';
import { configFromEnv } from '../server/config.ts';
import { openMigratedDatabase } from './open.ts';
import { runServer } from './serve.ts';

const program = new Command('klandizie')
  .description('Relationship management for professional-services firms')
  .addOption(
    new Option('--data <dir>', 'data directory of the embedded database').env('KLANDIZIE_DATA'),
  )
  .addOption(
    new Option(
      '--database-url <url>',
      'use this PostgreSQL server instead of the embedded one',
    ).env('DATABASE_URL'),
  )
  .showHelpAfterError();

function config(extra: Partial<Config> = {}): Config {
  const options = program.opts<{ data?: string; databaseUrl?: string }>();
  return configFromEnv(process.env, {
    dataDir: options.data,
    databaseUrl: options.databaseUrl,
    ...extra,
  });
}

const log = (message: string) => console.log(message);
// the database starting and stopping: never mixed into a command's output
const status = (message: string) => console.error(message);

program
  .command('serve', { isDefault: true })
  .description('serve the app (default)')
  .option('-p, --port <port>', 'port to listen on (PORT)')
  .option('--host <host>', 'address to listen on (HOST); 127.0.0.1 by default')
  .option('--demo', 'load the demo firm first when the database is empty')
  .option('--no-web', 'serve the API only, not the web app')
  .action(async (options: { port?: string; host?: string; demo?: boolean; web: boolean }) => {
    const port = options.port === undefined ? undefined : parsePort(options.port);
    const settings = config({ port, host: options.host });
    if (options.demo) {
      const { loadDemoIfEmpty } = await import('./demo.ts');
      const database = await openMigratedDatabase(settings, log);
      try {
        await loadDemoIfEmpty(database, {});
      } finally {
        await database.close();
      }
    }
    await runServer(settings, { web: options.web });
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    const database = await openMigratedDatabase(config(), status);
    await database.close();
    log('The database is up to date.');
  });

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`--port must be 1–65535, not "${value}"`);
  return port;
}

export { program };

try {
  const { registerMoreCommands } = await import('./commands.ts');
  registerMoreCommands(program, { config, log, status });
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`klandizie: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
