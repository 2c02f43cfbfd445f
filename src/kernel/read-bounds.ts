import { availableParallelism } from 'node:os';

// How far the reading of one uploaded or imported file may go before it is refused: its nesting,
// its rows, what it unpacks to, the time and the memory its reading takes. The same bounds hold
// for the API and the command line; README lists the settings, decision 0023 says why these.

export type ReadBounds = {
  /** Rows of a table, transaction lines, relations and accounts of an audit file, vCards. */
  maxRows: number;
  /** Elements nested in one another, in an audit file or a workbook's XML parts. */
  maxDepth: number;
  /** What a workbook's parts unpack to together, in bytes (parts held whole: a quarter of memory). */
  maxUnpackedBytes: number;
  /** The heap of the thread that reads the file, in megabytes. */
  memoryMb: number;
  /** The time the reading thread may spend busy on one file, in milliseconds. */
  busyMs: number;
  /** Files read at once in this process, each on its own thread; more wait or are refused. */
  maxReadings: number;
  /** How long a file waits for a reading to end when as many are read, in milliseconds. */
  waitMs: number;
};

export const defaultReadBounds: ReadBounds = {
  maxRows: 5_000_000,
  maxDepth: 64,
  maxUnpackedBytes: 4096 * 1024 ** 2,
  memoryMb: 1024,
  busyMs: 300_000,
  // one reading keeps a core busy: more at once than there are cores only slow them all down
  maxReadings: availableParallelism(),
  waitMs: 5_000,
};

/** More columns than a spreadsheet can have (XFD, 16,384) make no table. */
export const maxColumns = 16_384;

/** A part read whole into memory (shared strings, styles) may unpack to this at most. */
export const maxWholePartBytes = (bounds: ReadBounds) => (bounds.memoryMb * 1024 ** 2) / 4;

type Env = Record<string, string | undefined>;

export function readBoundsFromEnv(env: Env): ReadBounds {
  const mb = 1024 ** 2;
  return {
    maxRows: count(env, 'KLANDIZIE_IMPORT_MAX_ROWS', defaultReadBounds.maxRows),
    maxDepth: count(env, 'KLANDIZIE_IMPORT_MAX_DEPTH', defaultReadBounds.maxDepth),
    maxUnpackedBytes:
      count(env, 'KLANDIZIE_IMPORT_MAX_UNPACKED_MB', defaultReadBounds.maxUnpackedBytes / mb) * mb,
    memoryMb: count(env, 'KLANDIZIE_IMPORT_MEMORY_MB', defaultReadBounds.memoryMb),
    busyMs: count(env, 'KLANDIZIE_IMPORT_SECONDS', defaultReadBounds.busyMs / 1000) * 1000,
    maxReadings: count(env, 'KLANDIZIE_IMPORT_READINGS', defaultReadBounds.maxReadings),
    waitMs: count(env, 'KLANDIZIE_IMPORT_WAIT_SECONDS', defaultReadBounds.waitMs / 1000) * 1000,
  };
}

function count(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return parsed;
}

/** Sizes in the words of a refusal: "256 MiB". */
export const mebibytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
