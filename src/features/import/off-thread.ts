// Uploaded and imported files are read on a thread of their own (reading-thread.ts), so that no
// file, however hostile, stalls the server's other requests: the main thread only takes the rows
// as they come. The thread's heap is capped (resourceLimits) and its busy time watched; past
// either it is stopped and the file refused. Threads that finished a file cleanly wait for the
// next one, as starting one costs most of a second. At most `maxReadings` files are read at once
// (one thread each); another waits briefly for one to end, then is refused with when to try
// again. See decision 0023.
import { open, type FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorDetail, type ErrorReason } from '../../core/errors.ts';
import type { SourceRow } from '../../core/import/cell.ts';
import { because } from '../../core/import/problem-reason.ts';
import type { VCardReading } from '../../core/vcard/vcard-reader.ts';
import { importRefusal } from './import-refusal.ts';
import { mebibytes, readBoundsFromEnv, type ReadBounds } from '../../kernel/read-bounds.ts';
import type { Table } from './read-table.ts';
import type { FromThread, ReadingTask, SentError, ToThread } from './reading-thread.ts';
import type { Auditfile } from './xaf/read-auditfile.ts';

const threadStart = new URL('./reading-thread-start.js', import.meta.url);
/** Threads kept waiting for the next file. */
const maxIdle = 2;
const idle: Worker[] = [];
/** How often the busy time of a reading thread is looked at. */
const watchEveryMs = 100;
/** A reading left early must let go of its file within this time, or its thread is stopped. */
const stopGraceMs = 2_000;

/** Readings under way in this process, and the files waiting for one of them to end. */
let readings = 0;
const waiting: (() => void)[] = [];

/** How many files are being read now, each on its own thread. */
export const readingsUnderWay = () => readings;

/**
 * A place among the readings under way: at once while fewer than `maxReadings` are, else the
 * first to come free within `waitMs`, else refused as unavailable. Resolves to its release.
 */
async function takeReadingPlace(bounds: ReadBounds): Promise<() => void> {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const next = waiting.shift();
    // handed on as it is: the count stays the same
    if (next) next();
    else readings--;
  };
  if (readings < bounds.maxReadings && waiting.length === 0) {
    readings++;
    return release;
  }
  const came = await new Promise<boolean>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(wake), 1);
      resolve(false);
    }, bounds.waitMs);
    waiting.push(wake);
  });
  if (came) return release;
  const seconds = Math.max(1, Math.ceil(bounds.waitMs / 1000));
  throw importRefusal(because('file.readersBusy', { seconds }), {
    status: 'unavailable',
    retryAfterSeconds: seconds,
  });
}

type Reading<Info, Item> = {
  info: Info;
  items: AsyncGenerator<Item, void, undefined>;
  /** Leaves the reading early; resolves once the file is let go of. */
  close: () => Promise<void>;
};

/** A CSV or XLSX export as a table, read on a reading thread. */
export async function openTableOffThread(
  path: string,
  options: { sheetName?: string | undefined; bounds?: ReadBounds | undefined } = {},
): Promise<Table> {
  const file = await open(path, 'r');
  const task = (fd: number): ReadingTask => ({
    kind: 'table',
    fd,
    ...(options.sheetName ? { sheetName: options.sheetName } : {}),
  });
  type TableInfo = Pick<Table, 'format' | 'sheetNames' | 'sheetName' | 'encoding' | 'delimiter'>;
  const reading = await readOffThread<TableInfo, SourceRow>(task(file.fd), options.bounds, file);
  return { ...withoutUndefined(reading.info), rows: reading.items, close: reading.close };
}

/** An audit file, read on a reading thread: its header and relations, then its revenue lines. */
export async function readAuditfileOffThread(
  path: string,
  bounds?: ReadBounds,
): Promise<Auditfile> {
  const file = await open(path, 'r');
  type Info = Pick<Auditfile, 'header' | 'customers'>;
  type Line = Awaited<ReturnType<Auditfile['lines']['next']>>['value'];
  const reading = await readOffThread<Info, NonNullable<Line>>(
    { kind: 'auditfile', fd: file.fd },
    bounds,
    file,
  );
  // a generator's own return() skips its cleanup when it was never started: close explicitly
  const lines: Auditfile['lines'] = {
    [Symbol.asyncIterator]: () => lines,
    next: () => reading.items.next(),
    return: async () => {
      await reading.close();
      return { value: undefined, done: true };
    },
  };
  return { ...reading.info, lines };
}

/** The cards of a vCard file, read on a reading thread. */
export async function readVCardsOffThread(
  text: string,
  bounds?: ReadBounds,
): Promise<VCardReading[]> {
  const reading = await readOffThread<null, VCardReading>({ kind: 'vcards', text }, bounds);
  const cards: VCardReading[] = [];
  for await (const card of reading.items) cards.push(card);
  return cards;
}

/**
 * Gives a task to a reading thread and resolves once the file is open. Refusals come as the
 * reader's DomainErrors; a thread past its busy time or heap is stopped and the file refused.
 * `file`, when given, is closed once the thread has let go of it, however the reading ends.
 */
async function readOffThread<Info, Item>(
  task: ReadingTask,
  given: ReadBounds | undefined,
  file?: FileHandle,
): Promise<Reading<Info, Item>> {
  // the command line gives none: it reads the same settings as the server
  const bounds = given ?? readBoundsFromEnv(process.env);
  let releasePlace: () => void;
  try {
    releasePlace = await takeReadingPlace(bounds);
  } catch (error) {
    await file?.close().catch(() => undefined);
    throw error;
  }
  let thread: Worker;
  try {
    thread = takeThread(bounds);
  } catch (error) {
    releasePlace();
    await file?.close().catch(() => undefined);
    throw error;
  }
  const batches: Item[][] = [];
  let opened: { info: Info } | undefined;
  let failure: unknown;
  let ended = false;
  let leaving = false;
  let notify: (() => void) | undefined;
  let letGo: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (letGo = resolve));
  const wakeUp = () => {
    notify?.();
    notify = undefined;
  };
  const startedBusy = thread.performance.eventLoopUtilization().active;

  const finish = (reusable: boolean, error?: unknown) => {
    if (ended) return;
    ended = true;
    if (error !== undefined && failure === undefined) failure = error;
    clearInterval(watch);
    clearTimeout(grace);
    thread.off('message', onMessage);
    thread.off('error', onError);
    thread.off('exit', onExit);
    if (reusable) giveBack(thread);
    else void thread.terminate();
    releasePlace();
    void (file?.close().catch(() => undefined) ?? Promise.resolve()).then(letGo);
    wakeUp();
  };
  const onMessage = (message: FromThread) => {
    if (message.type === 'opened') opened = { info: message.info as Info };
    else if (message.type === 'items') batches.push(message.items as Item[]);
    else if (message.type === 'end') finish(true);
    else finish(true, received(message.error));
    wakeUp();
  };
  const onError = (error: Error & { code?: string }) => {
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    finish(
      false,
      outOfMemory
        ? importRefusal(
            because('file.tooMuchMemory', { size: mebibytes(bounds.memoryMb * 1024 ** 2) }),
          )
        : error,
    );
  };
  const onExit = () => finish(false, new Error('The reading thread stopped unexpectedly'));
  const watch = setInterval(() => {
    const busy = thread.performance.eventLoopUtilization().active - startedBusy;
    if (busy > bounds.busyMs)
      finish(false, importRefusal(because('file.tooSlow', { seconds: bounds.busyMs / 1000 })));
  }, watchEveryMs);
  let grace: NodeJS.Timeout | undefined;
  thread.on('message', onMessage);
  thread.on('error', onError);
  thread.on('exit', onExit);
  thread.postMessage({ type: 'read', task, bounds } satisfies ToThread);

  const next = () => new Promise<void>((resolve) => (notify = resolve));
  /** Leaves the reading: the thread closes the file, or is stopped when it does not soon. */
  const leave = async () => {
    if (!ended && !leaving) {
      leaving = true;
      batches.length = 0;
      thread.postMessage({ type: 'stop' } satisfies ToThread);
      grace = setTimeout(() => finish(false), stopGraceMs);
    }
    await released;
  };

  while (!opened && !ended) await next();
  if (!opened) {
    await released;
    throw failure;
  }
  const items = (async function* (): AsyncGenerator<Item, void, undefined> {
    try {
      for (;;) {
        const batch = batches.shift();
        if (batch) {
          if (!ended) thread.postMessage({ type: 'more' } satisfies ToThread);
          yield* batch;
        } else if (failure !== undefined) throw failure;
        else if (ended) return;
        else await next();
      }
    } finally {
      await leave();
    }
  })();
  return {
    info: opened.info,
    items,
    close: async () => {
      await items.return(undefined);
      await leave();
    },
  };
}

function takeThread(bounds: ReadBounds): Worker {
  const index = idle.findIndex(
    (thread) => thread.resourceLimits?.maxOldGenerationSizeMb === bounds.memoryMb,
  );
  const thread = index >= 0 ? idle.splice(index, 1)[0]! : startThread(bounds);
  thread.ref();
  return thread;
}

function startThread(bounds: ReadBounds): Worker {
  const thread = new Worker(threadStart, {
    resourceLimits: { maxOldGenerationSizeMb: bounds.memoryMb },
  });
  thread.once('exit', () => {
    const at = idle.indexOf(thread);
    if (at >= 0) idle.splice(at, 1);
  });
  return thread;
}

function giveBack(thread: Worker): void {
  if (idle.length >= maxIdle) {
    void thread.terminate();
    return;
  }
  // a waiting thread keeps no process alive (the command line ends when its work is done)
  thread.unref();
  idle.push(thread);
}

function received(error: SentError): Error {
  if (!error.domain) return new Error(error.message);
  return new DomainError(
    error.code,
    error.message,
    error.details as ErrorDetail[] | undefined,
    error.reason as ErrorReason | undefined,
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
