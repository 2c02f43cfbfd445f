// Reads a backup file from start to end, checking everything a restore relies on: the gzip
// stream, the header, every line, the tables and columns, the checksum and the row counts.
// Rows of an older Klandizie come out upgraded to the current schema.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DomainError } from '../../core/errors.ts';
import {
  BackupProblem,
  isObject,
  readHeader,
  type BackupHeader,
  type BackupLine,
} from './backup.format.ts';
import { backupTableByName, type BackupTable } from './backup.tables.ts';
import {
  isKnownSchema,
  upgradeRecord,
  upgradesFrom,
  type BackupRecord,
  type BackupRow,
  type Upgrade,
} from './backup.upgrades.ts';
import { valueProblem } from './backup.values.ts';

/** A backup file that has been read through once and found whole. */
export type CheckedBackup = {
  file: string;
  header: BackupHeader;
  /** The upgrade steps its rows go through; none for a backup of the current schema. */
  upgrades: readonly Upgrade[];
  /** Rows per table of the current schema, after the upgrades. */
  counts: Record<string, number>;
  rows: number;
  sha256: string;
};

export type RowVisitor = (record: BackupRecord, table: BackupTable) => Promise<void> | void;

/** Checks a whole backup file without touching any database. */
export function checkBackup(file: string): Promise<CheckedBackup> {
  return readBackup(file);
}

/** Reads a backup through, handing each checked and upgraded row to `visit`. */
export async function readBackup(file: string, visit?: RowVisitor): Promise<CheckedBackup> {
  try {
    return await read(file, visit);
  } catch (error) {
    const problem = describe(error);
    if (problem === undefined) throw error;
    throw new DomainError(
      'invalid_input',
      `cannot restore ${file}: ${problem}; nothing was changed`,
    );
  }
}

type Opened = {
  header: BackupHeader;
  readLine: (value: Record<string, unknown>) => BackupLine | undefined;
  steps: Upgrade[];
};

async function read(file: string, visit: RowVisitor | undefined): Promise<CheckedBackup> {
  const hash = createHash('sha256');
  const fileCounts: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let opened: Opened | undefined;
  let end: Extract<BackupLine, { kind: 'end' }> | undefined;
  let lineNumber = 0;
  for await (const { bytes, complete } of lines(file)) {
    lineNumber += 1;
    if (end) throw new BackupProblem('it is damaged: there is more after its closing line');
    const value = parseLine(bytes, complete, lineNumber);
    if (!opened) {
      opened = openBackup(value);
      hash.update(bytes).update('\n');
      continue;
    }
    const line = isObject(value) ? opened.readLine(value) : undefined;
    if (!line) throw new BackupProblem(`line ${lineNumber} is damaged: it is not a row`);
    if (line.kind === 'end') {
      end = line;
      continue;
    }
    hash.update(bytes).update('\n');
    if (opened.header.counts[line.table] === undefined) {
      throw new BackupProblem(
        `it is damaged: line ${lineNumber} is of a table its header does not list (${line.table})`,
      );
    }
    fileCounts[line.table] = (fileCounts[line.table] ?? 0) + 1;
    const record = upgradeRecord(opened.steps, { table: line.table, row: line.row });
    const table = backupTableByName.get(record.table);
    if (!table) {
      throw new BackupProblem(`line ${lineNumber} is of an unknown table (${record.table})`);
    }
    const problem = rowProblem(table, record.row);
    if (problem) throw new BackupProblem(`line ${lineNumber} is damaged: ${problem}`);
    counts[table.name] = (counts[table.name] ?? 0) + 1;
    await visit?.(record, table);
  }
  if (!opened) throw new BackupProblem('it is empty');
  if (!end) {
    throw new BackupProblem(
      `it is incomplete: it stops after line ${lineNumber}, before its closing line (was the copy cut short?)`,
    );
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== end.sha256) {
    throw new BackupProblem('it is damaged: its checksum does not match its content');
  }
  const countProblem = countsProblem(fileCounts, opened.header.counts, end.counts);
  if (countProblem) throw new BackupProblem(`it is damaged: ${countProblem}`);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { file, header: opened.header, upgrades: opened.steps, counts, rows, sha256 };
}

/** The first line: a header of a format and a schema this Klandizie reads. */
function openBackup(value: unknown): Opened {
  const { header, reader } = readHeader(value);
  if (!isKnownSchema(header.schema)) {
    throw new BackupProblem(
      `it was written by a newer Klandizie (schema ${header.schema}, Klandizie ${header.app}): ` +
        'upgrade Klandizie to restore it',
    );
  }
  return { header, readLine: reader.line, steps: upgradesFrom(header.schema) };
}

function countsProblem(
  found: Record<string, number>,
  header: Record<string, number>,
  closing: Record<string, number> | undefined,
): string | undefined {
  const tables = new Set([...Object.keys(header), ...Object.keys(closing ?? {})]);
  for (const table of tables) {
    const rows = found[table] ?? 0;
    if (rows !== header[table]) {
      return `it holds ${rows} rows of ${table}, its header says ${header[table] ?? 'none'}`;
    }
    if (closing && rows !== closing[table]) {
      return `it holds ${rows} rows of ${table}, its closing line says ${closing[table] ?? 'none'}`;
    }
  }
  return undefined;
}

function parseLine(bytes: Buffer, complete: boolean, lineNumber: number): unknown {
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch {
    if (lineNumber === 1)
      throw new BackupProblem(
        'it is not a Klandizie backup (its first line is not a backup header)',
      );
    if (!complete) {
      throw new BackupProblem(
        `it is incomplete: it stops in the middle of line ${lineNumber} (was the copy cut short?)`,
      );
    }
    throw new BackupProblem(`line ${lineNumber} is damaged: it is not valid JSON text`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function rowProblem(table: BackupTable, row: BackupRow): string | undefined {
  for (const name of Object.keys(row)) {
    if (!table.columns.some((column) => column.name === name))
      return `${table.name}.${name} is not a column this Klandizie knows`;
  }
  for (const column of table.columns) {
    if (!Object.hasOwn(row, column.name)) return `${table.name}.${column.name} is missing`;
    const problem = valueProblem(column, row[column.name]);
    if (problem) return `${table.name}.${column.name} ${problem}`;
  }
  return undefined;
}

/** A line longer than this is not one Klandizie wrote; refuse it rather than run out of memory. */
const maxLineBytes = 256 * 1024 * 1024;

/** The file's lines as bytes, gunzipped when it starts like gzip; plain JSON lines are read too. */
async function* lines(file: string): AsyncGenerator<{ bytes: Buffer; complete: boolean }> {
  const handle = await open(file);
  const magic = Buffer.alloc(2);
  const { bytesRead } = await handle.read(magic, 0, 2, 0).finally(() => handle.close());
  if (bytesRead === 0) throw new BackupProblem('it is empty');
  const source = createReadStream(file);
  let stream: Readable = source;
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    const gunzip = createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    stream = source.pipe(gunzip);
  }
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
        pending.push(chunk.subarray(from, newline));
        yield { bytes: Buffer.concat(pending), complete: true };
        pending = [];
        pendingBytes = 0;
        from = newline + 1;
      }
      if (from < chunk.length) {
        pending.push(chunk.subarray(from));
        pendingBytes += chunk.length - from;
        if (pendingBytes > maxLineBytes)
          throw new BackupProblem('it is not a Klandizie backup (a line is far too long)');
      }
    }
    if (pendingBytes > 0) yield { bytes: Buffer.concat(pending), complete: false };
  } finally {
    source.destroy();
    stream.destroy();
  }
}

/** The reason a file cannot be read, or undefined for errors that are not the file's fault. */
function describe(error: unknown): string | undefined {
  if (error instanceof BackupProblem) return error.message;
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
      return 'it may not be read';
    case 'Z_BUF_ERROR':
      return 'it is incomplete: its compressed data stops early (was the copy cut short?)';
    case 'Z_DATA_ERROR':
      return `it is damaged: its compressed data is corrupt (${(error as Error).message})`;
    default:
      return undefined;
  }
}
