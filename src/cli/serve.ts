import { Server as HttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { startDigestTimer } from '../features/digest/digest.schedule.ts';
import { startSurveyReminderTimer } from '../features/surveys/survey-reminders.ts';
import { appOrigin, listeningUrl, type Config } from '../http/config.ts';
import { openMigratedDatabase } from './open.ts';
import { webBuildIsStale } from './web-build.ts';

export const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

const projectFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const webSources = ['src/web', 'vite.config.ts'].map(projectFile);

/** Builds the web app when it was never built or its sources changed since the last build. */
export async function ensureWebBuilt(log: (message: string) => void): Promise<void> {
  if (!webBuildIsStale(`${webDir}/index.html`, webSources)) return;
  log('Building the web app…');
  const { build } = await import('vite');
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}

/** Serves the app until SIGINT/SIGTERM, then closes the server and the database cleanly. */
export async function runServer(config: Config, options: { web?: boolean } = {}) {
  const log = (message: string) => console.log(message);
  const web = options.web ?? true;
  if (web) await ensureWebBuilt(log);
  const database = await openMigratedDatabase(config, log);
  const app = createApp({ db: database.db, config, webDir: web ? webDir : undefined });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  // idle connections stay open longer than a proxy's or client's pool keeps them (Node's 5 s
  // default makes clients reuse sockets the server is just closing)
  if (server instanceof HttpServer) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', (error) => reject(error));
  }).catch(async (error: NodeJS.ErrnoException) => {
    await database.close();
    throw error.code === 'EADDRINUSE'
      ? new Error(`Port ${config.port} is in use; choose another with --port or PORT`)
      : error;
  });
  const url = listeningUrl(config);
  log(
    `Klandizie is running on ${url} (${database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server'})`,
  );

  const stopDigest = startDigestTimer({ db: database.db, log });
  const stopReminders = startSurveyReminderTimer({
    db: database.db,
    log,
    origin: appOrigin(config),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    stopDigest();
    stopReminders();
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return { database, url };
}
