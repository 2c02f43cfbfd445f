// Importing revenue and assignments through the API: the file is the request body (streamed to a
// temporary file, never held in memory), the choices are query parameters. `check` reads it all
// and reports what an import would do, writing nothing; the import itself runs in one
// transaction. The file is read on a thread of its own within the settings' bounds
// (off-thread.ts), and its temporary folder goes however the request ends.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.ts';
import { because, type ProblemReason } from '../../core/import/problem-reason.ts';
import type pg from 'pg';
import type { Auth, Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { importAssignmentFile } from './assignment-file.ts';
import {
  assignmentImportCheckSchema,
  assignmentImportResultSchema,
  importQuery,
  revenueImportCheckSchema,
  revenueImportResultSchema,
  type ImportQuery,
} from './import.schema.ts';
import { importRefusal } from './import-refusal.ts';
import type { ReadBounds } from '../../kernel/read-bounds.ts';
import { importRevenueFile } from './revenue-file.ts';
import { UnreadableColumns } from './unreadable-columns.ts';
import { featureRouter } from '../../http/feature-router.ts';

/** The largest file the API takes; the command line has no limit. */
export const maxImportBytes = 512 * 1024 * 1024;

const tags = ['Import'];
const fileBody = {
  required: true,
  content: {
    'application/octet-stream': {
      schema: z.string().openapi({ type: 'string', format: 'binary' }),
    },
  },
};

const checkRevenue = route('records.write', {
  method: 'post',
  path: '/imports/revenue/check',
  tags,
  summary: 'Read a revenue file (CSV, XLSX or XML Auditfile) and report what an import would do',
  request: { query: importQuery, body: fileBody },
  responses: {
    200: jsonResponse('What the import would do; nothing is written', revenueImportCheckSchema),
  },
});

const runRevenue = route('records.write', {
  method: 'post',
  path: '/imports/revenue',
  tags,
  summary: 'Import a revenue file in one transaction; lines already there are not written again',
  request: { query: importQuery, body: fileBody },
  responses: { 200: jsonResponse('What the import did', revenueImportResultSchema) },
});

const checkAssignments = route('records.write', {
  method: 'post',
  path: '/imports/assignments/check',
  tags,
  summary: 'Read an assignments file (CSV or XLSX) and report what an import would do',
  request: { query: importQuery, body: fileBody },
  responses: {
    200: jsonResponse('What the import would do; nothing is written', assignmentImportCheckSchema),
  },
});

const runAssignments = route('records.write', {
  method: 'post',
  path: '/imports/assignments',
  tags,
  summary: 'Import an assignments file in one transaction; assignments already there stay single',
  request: { query: importQuery, body: fileBody },
  responses: { 200: jsonResponse('What the import did', assignmentImportResultSchema) },
});

/** The choices of an import as the services take them. */
function importOptions(auth: Auth, query: ImportQuery, dryRun: boolean, bounds: ReadBounds) {
  return {
    workspaceId: auth.workspaceId,
    userId: auth.userId,
    sourceName: query.fileName,
    unknownCustomers: query.createCustomers ? ('create' as const) : ('refuse' as const),
    withProblems: query.importGoodRows
      ? ('import-good-rows' as const)
      : ('import-nothing' as const),
    dryRun,
    overrides: {
      ...(query.sheet ? { sheetName: query.sheet } : {}),
      ...(query.mapping ? { mapping: query.mapping } : {}),
      ...(query.skipRows.length > 0 ? { skipRows: query.skipRows } : {}),
      bounds,
    },
  };
}

/** A check whose columns cannot be read still answers with the table, for the user to map. */
async function checked<Result extends object>(run: () => Promise<Result>) {
  try {
    return { ...(await run()), columnProblems: [] as ProblemReason[] };
  } catch (error) {
    if (!(error instanceof UnreadableColumns)) throw error;
    const { format, table, problems } = error;
    return { format, table, columnProblems: problems, report: null };
  }
}

export function importRoutes({ db, config }: Deps) {
  // the import takes a connection of its own for its transaction and COPY
  const database = { db, pool: (db as unknown as { $client: pg.Pool }).$client };
  const options = (auth: Auth, query: ImportQuery, dryRun: boolean) =>
    importOptions(auth, query, dryRun, config.importBounds);
  const revenue = (auth: Auth, query: ImportQuery, body: Request, dryRun: boolean) =>
    withUpload(config.uploadDir, body, async (path) => {
      const result = await importRevenueFile(database, path, options(auth, query, dryRun));
      return { ...result, table: result.table ?? null };
    });
  const assignments = (auth: Auth, query: ImportQuery, body: Request, dryRun: boolean) =>
    withUpload(config.uploadDir, body, (path) =>
      importAssignmentFile(database, path, options(auth, query, dryRun)),
    );
  return featureRouter()
    .openapi(checkRevenue, async (c) =>
      c.json(await checked(() => revenue(authOf(c), c.req.valid('query'), c.req.raw, true)), 200),
    )
    .openapi(runRevenue, async (c) =>
      c.json(await revenue(authOf(c), c.req.valid('query'), c.req.raw, false), 200),
    )
    .openapi(checkAssignments, async (c) =>
      c.json(
        await checked(() => assignments(authOf(c), c.req.valid('query'), c.req.raw, true)),
        200,
      ),
    )
    .openapi(runAssignments, async (c) =>
      c.json(await assignments(authOf(c), c.req.valid('query'), c.req.raw, false), 200),
    );
}

/**
 * Streams the request body into a private temporary file, runs `use`, removes the file: after
 * an import, a refusal, a reading stopped for its time or memory, and a client that went away
 * (its body ends in an error).
 */
async function withUpload<T>(
  uploadDir: string,
  request: Request,
  use: (path: string) => Promise<T>,
): Promise<T> {
  if (!request.body) throw importRefusal(because('file.notSent'));
  await mkdir(uploadDir, { recursive: true });
  const dir = await mkdtemp(join(uploadDir, 'klandizie-import-'));
  const path = join(dir, 'upload');
  try {
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > maxImportBytes) {
          const tooLarge = because('file.tooLarge', { size: '512 MiB' });
          done(importRefusal(tooLarge, { status: 'payload_too_large' }));
        } else done(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(request.body as import('node:stream/web').ReadableStream),
      limit,
      createWriteStream(path, { mode: 0o600 }),
    ).catch((error: unknown) => {
      // a body that breaks off is a client that went away, not a fault of the server
      throw error instanceof DomainError ? error : importRefusal(because('file.interrupted'));
    });
    if (bytes === 0) throw importRefusal(because('file.empty'));
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
