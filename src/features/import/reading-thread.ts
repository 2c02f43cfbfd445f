// A reading thread: reads one file at a time (a table, an audit file, vCards) and sends its rows
// to the main thread in batches, at most a few ahead of what the main thread has taken, so the
// rows stream with bounded memory on both sides. The main thread watches its time and memory
// (off-thread.ts); the file's own bounds (rows, depth, unpacked size) are checked here.
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../core/errors.ts';
import { because } from '../../core/import/problem-reason.ts';
import { readVCards } from '../../core/vcard/vcard-reader.ts';
import { importRefusal } from './import-refusal.ts';
import type { ReadBounds } from '../../kernel/read-bounds.ts';
import { readTable } from './read-table.ts';
import { readAuditfile } from './xaf/read-auditfile.ts';

/** What a thread is asked to read; a file is given by a descriptor the main thread closes. */
export type ReadingTask =
  | { kind: 'table'; fd: number; sheetName?: string }
  | { kind: 'auditfile'; fd: number }
  | { kind: 'vcards'; text: string };

export type ToThread =
  { type: 'read'; task: ReadingTask; bounds: ReadBounds } | { type: 'more' } | { type: 'stop' };

export type SentError =
  | {
      domain: true;
      code: DomainError['code'];
      message: string;
      details?: unknown;
      reason?: unknown;
    }
  | { domain: false; message: string };

export type FromThread =
  | { type: 'opened'; info: unknown }
  | { type: 'items'; items: unknown[] }
  | { type: 'end' }
  | { type: 'failed'; error: SentError };

/** Batches sent before the main thread asks for more. */
export const batchesAhead = 2;
const batchItems = 2_000;
const batchCharacters = 1_000_000;

const port = parentPort!;
let credit = 0;
let stopped = false;
let wake: (() => void) | null = null;

port.on('message', (message: ToThread) => {
  if (message.type === 'read') void read(message.task, message.bounds);
  else {
    if (message.type === 'more') credit++;
    else stopped = true;
    wake?.();
    wake = null;
  }
});

type Reading = {
  info: unknown;
  items: AsyncIterable<unknown> | Iterable<unknown>;
  close: () => Promise<void>;
};

async function open(task: ReadingTask, bounds: ReadBounds): Promise<Reading> {
  switch (task.kind) {
    case 'table': {
      const table = await readTable(task.fd, {
        ...(task.sheetName ? { sheetName: task.sheetName } : {}),
        bounds,
      });
      const { format, sheetNames, sheetName, encoding, delimiter } = table;
      const info = { format, sheetNames, sheetName, encoding, delimiter };
      return { info, items: table.rows, close: table.close };
    }
    case 'auditfile': {
      const file = await readAuditfile(task.fd, bounds);
      const info = { header: file.header, customers: file.customers };
      return { info, items: file.lines, close: async () => void (await file.lines.return?.()) };
    }
    case 'vcards': {
      const readings = readVCards(task.text);
      if (readings.length > bounds.maxRows)
        throw importRefusal(because('file.tooManyRows', { max: bounds.maxRows }));
      return { info: null, items: readings, close: async () => undefined };
    }
  }
}

async function read(task: ReadingTask, bounds: ReadBounds): Promise<void> {
  credit = batchesAhead;
  stopped = false;
  let reading: Reading | undefined;
  let failure: SentError | undefined;
  try {
    reading = await open(task, bounds);
    port.postMessage({ type: 'opened', info: reading.info } satisfies FromThread);
    let batch: unknown[] = [];
    let characters = 0;
    for await (const item of reading.items) {
      batch.push(item);
      characters += sizeOf(item);
      if (batch.length >= batchItems || characters >= batchCharacters) {
        if (!(await send(batch))) break;
        batch = [];
        characters = 0;
      }
    }
    if (batch.length > 0) await send(batch);
  } catch (error) {
    failure = sent(error);
  } finally {
    await reading?.close().catch(() => undefined);
  }
  // sent once the file is let go of: the main thread then closes it and may give a new task
  port.postMessage((failure ? { type: 'failed', error: failure } : { type: 'end' }) as FromThread);
}

/** Sends a batch once the main thread has room for it; false when it stopped the reading. */
async function send(items: unknown[]): Promise<boolean> {
  while (credit === 0 && !stopped) await new Promise<void>((resolve) => (wake = resolve));
  if (stopped) return false;
  credit--;
  port.postMessage({ type: 'items', items } satisfies FromThread);
  return true;
}

/** A table row's size in characters, so that a batch of long rows stays small. */
function sizeOf(item: unknown): number {
  const cells = (item as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return 0;
  let size = cells.length;
  for (const cell of cells) if (typeof cell === 'string') size += cell.length;
  return size;
}

function sent(error: unknown): SentError {
  if (error instanceof DomainError) {
    const { code, message, details, reason } = error;
    return { domain: true, code, message, details, reason };
  }
  return { domain: false, message: error instanceof Error ? error.message : String(error) };
}
