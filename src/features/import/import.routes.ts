// Importing revenue through the API: the file is the request body (streamed to a temporary file,
// never held in memory), the choices are query parameters. `check` reads it all and reports what
// an import would do, writing nothing; the import itself runs in one transaction.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.ts';
import type pg from 'pg';
import type { AppEnv, Auth, Deps } from '../../server/context.ts';
import { authOf } from '../../server/context.ts';
import { validationHook } from '../../server/errors.ts';
import { jsonResponse, route } from '../../server/route.ts';
import { importQuery, importResultSchema, type ImportQuery } from './import.schema.ts';
import { importRevenueFile } from './revenue-file.ts';

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

const check = route('records.write', {
  method: 'post',
  path: '/imports/revenue/check',
  tags,
  summary: 'Read a revenue file (CSV, XLSX or XML Auditfile) and report what an import would do',
  request: { query: importQuery, body: fileBody },
  responses: {
    200: jsonResponse('What the import would do; nothing is written', importResultSchema),
  },
});

const run = route('records.write', {
  method: 'post',
  path: '/imports/revenue',
  tags,
  summary: 'Import a revenue file in one transaction; lines already there are not written again',
  request: { query: importQuery, body: fileBody },
  responses: { 200: jsonResponse('What the import did', importResultSchema) },
});

export function importRoutes({ db }: Deps) {
  // the import takes a connection of its own for its transaction and COPY
  const database = { db, pool: (db as unknown as { $client: pg.Pool }).$client };
  const handle = (dryRun: boolean) => async (auth: Auth, query: ImportQuery, body: Request) =>
    withUpload(body, async (path) => {
      const { report, format, table } = await importRevenueFile(database, path, {
        workspaceId: auth.workspaceId,
        userId: auth.userId,
        sourceName: query.fileName,
        unknownCustomers: query.createCustomers ? 'create' : 'refuse',
        withProblems: query.importGoodRows ? 'import-good-rows' : 'import-nothing',
        dryRun,
        overrides: {
          ...(query.sheet ? { sheetName: query.sheet } : {}),
          ...(query.mapping ? { mapping: query.mapping } : {}),
          ...(query.skipRows.length > 0 ? { skipRows: query.skipRows } : {}),
        },
      });
      return { format, table: table ?? null, report };
    });
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(check, async (c) =>
      c.json(await handle(true)(authOf(c), c.req.valid('query'), c.req.raw), 200),
    )
    .openapi(run, async (c) =>
      c.json(await handle(false)(authOf(c), c.req.valid('query'), c.req.raw), 200),
    );
}

/** Streams the request body into a private temporary file, runs `use`, removes the file. */
async function withUpload<T>(request: Request, use: (path: string) => Promise<T>): Promise<T> {
  if (!request.body) throw new DomainError('invalid_input', 'Send the file as the request body');
  const dir = await mkdtemp(join(tmpdir(), 'klandizie-import-'));
  const path = join(dir, 'upload');
  try {
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > maxImportBytes) {
          done(new DomainError('payload_too_large', 'The file is larger than 512 MiB'));
        } else done(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(request.body as import('node:stream/web').ReadableStream),
      limit,
      createWriteStream(path, { mode: 0o600 }),
    );
    if (bytes === 0) throw new DomainError('invalid_input', 'The file is empty');
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
