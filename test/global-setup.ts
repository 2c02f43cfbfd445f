// Starts one real PostgreSQL for the whole run: a throwaway embedded server in a temporary
// folder, or the external server of DATABASE_URL_TEST when KLANDIZIE_TEST_TARGET=external.
// The schema is migrated once into a template; each test file copies it (CREATE DATABASE … TEMPLATE).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openEmbeddedServer } from '../src/db/embedded.ts';
import { migrateDatabase } from '../src/db/migrate.ts';

export const templateName = 'klandizie_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgConfig: {
      connectionString?: string;
      host?: string;
      port?: number;
      user?: string;
      password?: string;
    };
    pgTarget: 'embedded' | 'external';
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.KLANDIZIE_TEST_TARGET === 'external';
  let config: pg.ClientConfig;
  let teardown: () => Promise<void>;
  if (external) {
    const url = process.env.DATABASE_URL_TEST;
    if (!url) throw new Error('KLANDIZIE_TEST_TARGET=external needs DATABASE_URL_TEST');
    const parsed = new URL(url);
    config = {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    };
    teardown = async () => undefined;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-test-'));
    const server = await openEmbeddedServer({ dataDir });
    const { database: _d, ...rest } = server.connectionConfig;
    config = rest;
    teardown = async () => {
      await server.release();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName} with (force)`);
  await admin.query(`create database ${templateName}`);
  await admin.end();
  await migrateDatabase({ ...config, database: templateName });
  project.provide('pgConfig', config as never);
  project.provide('pgTarget', external ? 'external' : 'embedded');
  return teardown;
}
