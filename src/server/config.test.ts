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
});
