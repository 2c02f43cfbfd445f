import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';

describe('configFromEnv', () => {
  it('has defaults that serve on localhost:3000 with ./data', () => {
    expect(configFromEnv({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      secureCookies: 'auto',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      openSignup: false,
    });
  });
  it('reads the environment and lets flags win', () => {
    const config = configFromEnv(
      { PORT: '8080', KLANDIZIE_DATA: '/srv/k', DATABASE_URL: 'postgres://x' },
      { port: 9090, dataDir: undefined },
    );
    expect(config).toMatchObject({ port: 9090, dataDir: '/srv/k', databaseUrl: 'postgres://x' });
  });
  it('says which setting is wrong', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(
      'PORT must be a whole number, not "eighty"',
    );
    expect(() => configFromEnv({ KLANDIZIE_SECURE_COOKIES: 'yes' })).toThrow(
      'KLANDIZIE_SECURE_COOKIES must be one of auto, always, never',
    );
  });
  it('reads the bounds of an import, in their units, and refuses a bound of nothing', () => {
    expect(configFromEnv({}).importBounds).toEqual({
      maxRows: 5_000_000,
      maxDepth: 64,
      maxUnpackedBytes: 4096 * 1024 ** 2,
      memoryMb: 1024,
      busyMs: 300_000,
      maxReadings: availableParallelism(),
      waitMs: 5_000,
    });
    const config = configFromEnv({
      KLANDIZIE_IMPORT_MAX_ROWS: '10000000',
      KLANDIZIE_IMPORT_MAX_UNPACKED_MB: '100',
      KLANDIZIE_IMPORT_SECONDS: '60',
      KLANDIZIE_UPLOAD_DIR: '/srv/uploads',
    });
    expect(config.importBounds).toMatchObject({
      maxRows: 10_000_000,
      maxUnpackedBytes: 100 * 1024 ** 2,
      busyMs: 60_000,
    });
    expect(config.uploadDir).toBe('/srv/uploads');
    expect(() => configFromEnv({ KLANDIZIE_IMPORT_MAX_DEPTH: '0' })).toThrow(
      'KLANDIZIE_IMPORT_MAX_DEPTH must be a whole number of at least 1, not "0"',
    );
  });
});
