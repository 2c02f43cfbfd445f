// The lines of a backup file, per format version. A backup is JSON lines (gzip-compressed when
// written by Klandizie): a header, one line per row, and a closing line with the row counts and
// the sha256 of every line before it (docs/decisions/0007-backup-format.md).
import { z } from 'zod';
import type { BackupRow } from './backup.upgrades.ts';
import { preReleaseSchema } from './backup.upgrades.ts';

export const formatName = 'klandizie-backup';
export const currentFormatVersion = 1;

/** A file that cannot be restored, and why, in words for the person restoring it. */
export class BackupProblem extends Error {}

/** What a header says, whatever its format version. */
export type BackupHeader = {
  version: number;
  schema: string;
  app: string;
  createdAt: string;
  /** Rows per table, under the table names the file uses. */
  counts: Record<string, number>;
};

export type BackupLine =
  | { kind: 'row'; table: string; row: BackupRow }
  | { kind: 'end'; sha256: string; counts: Record<string, number> | undefined };

export type TableCount = { name: string; rows: number };

export function headerLine(header: {
  schema: string;
  app: string;
  createdAt: string;
  tables: TableCount[];
}): string {
  return JSON.stringify({ format: formatName, version: currentFormatVersion, ...header });
}

export function rowLine(table: string, row: BackupRow): string {
  return JSON.stringify({ t: table, r: row });
}

export function endLine(counts: Record<string, number>, sha256: string): string {
  return JSON.stringify({ end: true, rows: counts, sha256 });
}

const count = z.number().int().nonnegative();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

type FormatReader = {
  header: (value: object) => BackupHeader;
  line: (value: Record<string, unknown>) => BackupLine | undefined;
};

const readers: Record<number, FormatReader> = {
  // Format 0: the pre-release layout, kept so its backups still restore.
  0: {
    header: (value) => {
      const header = parse(
        z.object({ app: z.string(), createdAt: z.string(), counts: z.record(z.string(), count) }),
        value,
        'its header',
      );
      return { version: 0, schema: preReleaseSchema, ...header };
    },
    line: (value) => {
      if (typeof value.table === 'string' && isObject(value.row))
        return { kind: 'row', table: value.table, row: value.row };
      if (value.end === true)
        return {
          kind: 'end',
          ...parse(z.object({ sha256 }), value, 'its closing line'),
          counts: undefined,
        };
      return undefined;
    },
  },
  1: {
    header: (value) => {
      const header = parse(
        z.object({
          schema: z.string(),
          app: z.string(),
          createdAt: z.string(),
          tables: z.array(z.object({ name: z.string(), rows: count })),
        }),
        value,
        'its header',
      );
      const counts = Object.fromEntries(header.tables.map((table) => [table.name, table.rows]));
      return {
        version: 1,
        schema: header.schema,
        app: header.app,
        createdAt: header.createdAt,
        counts,
      };
    },
    line: (value) => {
      if (typeof value.t === 'string' && isObject(value.r))
        return { kind: 'row', table: value.t, row: value.r };
      if (value.end === true) {
        const end = parse(
          z.object({ sha256, rows: z.record(z.string(), count) }),
          value,
          'its closing line',
        );
        return { kind: 'end', sha256: end.sha256, counts: end.rows };
      }
      return undefined;
    },
  },
};

/** Reads a file's first line; throws a BackupProblem when it is not a header this app reads. */
export function readHeader(value: unknown): { header: BackupHeader; reader: FormatReader } {
  if (!isObject(value) || value.format !== formatName)
    throw new BackupProblem('it is not a Klandizie backup (its first line is not a backup header)');
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw new BackupProblem('it is not a Klandizie backup (its header has no format version)');
  if (version > currentFormatVersion) {
    throw new BackupProblem(
      `it was written by a newer Klandizie (backup format ${version}${typeof value.app === 'string' ? `, Klandizie ${value.app}` : ''}), ` +
        `and this one reads formats up to ${currentFormatVersion}: upgrade Klandizie to restore it`,
    );
  }
  const reader = readers[version];
  if (!reader) throw new BackupProblem(`its backup format version ${version} is unknown`);
  return { header: reader.header(value), reader };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.');
  throw new BackupProblem(
    `it is damaged: ${where} is not as expected${field ? ` (${field})` : ''}`,
  );
}
