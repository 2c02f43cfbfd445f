// The configuration every request carries (read from the environment by the composition root,
// src/server/config.ts), and the addresses links to the app are made from.
import type { ReadBounds } from '../kernel/read-bounds.ts';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Cookies marked Secure: on behind TLS. `auto` follows the request (x-forwarded-proto). */
  secureCookies: 'auto' | 'always' | 'never';
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Whether a new workspace may be created when one exists already (a host of many firms). */
  openSignup: boolean;
  /** Trust x-forwarded-for for the client address (only behind a proxy you run). */
  trustProxy: boolean;
  /** The address users reach the app at (KLANDIZIE_PUBLIC_URL), for links made outside a page. */
  publicUrl: string | undefined;
  /** How far reading an imported file may go: rows, nesting, unpacked size, time, memory. */
  importBounds: ReadBounds;
  /** Where an uploaded file waits while it is read (removed as soon as it is). */
  uploadDir: string;
};

/** KLANDIZIE_PUBLIC_URL without its trailing slash; refused when it is not an http(s) address. */
export function publicUrlFrom(value: string | undefined): string | undefined {
  const publicUrl = value?.trim().replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https?:\/\/[^/\s]+/.test(publicUrl))
    throw new Error(`KLANDIZIE_PUBLIC_URL must start with http:// or https://, not "${publicUrl}"`);
  return publicUrl;
}

/** The address the server listens on, as a browser on the same machine reaches it. */
export function listeningUrl(config: Pick<Config, 'host' | 'port'>): string {
  // listening on every address: the loopback one of its kind reaches it from this machine
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

/**
 * Where links to the app point when they leave a page (a calendar feed, a mail): the public URL
 * when it is set, else the address the server listens on. Never the request's Host header, which
 * the client writes: a link made from it would send a user wherever the client chose.
 */
export const appOrigin = (config: Config): string => config.publicUrl ?? listeningUrl(config);
