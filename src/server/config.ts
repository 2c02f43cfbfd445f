// Configuration from the environment and command-line flags (flags win). README lists every one.
// The Config type and the addresses links are made from are a floor lower, in src/http/config.ts:
// every request carries the configuration, and features make their links from it.
import { tmpdir } from 'node:os';
import { publicUrlFrom, type Config } from '../http/config.ts';
import { readBoundsFromEnv } from '../kernel/read-bounds.ts';

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env, flags: Partial<Config> = {}): Config {
  const config: Config = {
    port: integer(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.KLANDIZIE_DATA ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: oneOf(
      env.KLANDIZIE_SECURE_COOKIES,
      ['auto', 'always', 'never'],
      'auto',
      'KLANDIZIE_SECURE_COOKIES',
    ),
    sessionIdleMinutes: integer(
      env.KLANDIZIE_SESSION_IDLE_MINUTES,
      30,
      'KLANDIZIE_SESSION_IDLE_MINUTES',
    ),
    sessionAbsoluteHours: integer(
      env.KLANDIZIE_SESSION_ABSOLUTE_HOURS,
      12,
      'KLANDIZIE_SESSION_ABSOLUTE_HOURS',
    ),
    openSignup: env.KLANDIZIE_OPEN_SIGNUP === 'true',
    trustProxy: env.KLANDIZIE_TRUST_PROXY === 'true',
    publicUrl: publicUrlFrom(env.KLANDIZIE_PUBLIC_URL),
    importBounds: readBoundsFromEnv(env),
    uploadDir: env.KLANDIZIE_UPLOAD_DIR || tmpdir(),
  };
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) (config as Record<string, unknown>)[key] = value;
  }
  return config;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`);
  return parsed;
}

function oneOf<T extends string>(
  value: string | undefined,
  options: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined || value === '') return fallback;
  if (!(options as readonly string[]).includes(value))
    throw new Error(`${name} must be one of ${options.join(', ')}`);
  return value as T;
}
