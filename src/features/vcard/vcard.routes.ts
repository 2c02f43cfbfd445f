// vCard files of contact persons: downloads streamed card by card, and an import whose file is
// the request body (read under a limit of its own, in whatever encoding the address book wrote).
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv, Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { createChunkDecoder, detectEncoding } from '../import/reading.service.ts';
import { idParam } from '../../kernel/schemas.ts';
import { maxVCardBytes, vcardImportQuery, vcardImportResultSchema } from './vcard.schema.ts';
import {
  exportFirmContacts,
  exportOrganizationContacts,
  importVCards,
  type VCardExport,
} from './vcard.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Contact persons'];
const vcardType = 'text/vcard; charset=utf-8';

const vcardFile = (description: string) => ({
  description,
  content: { 'text/vcard': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
});

const exportOrganization = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/contacts.vcf',
  tags,
  summary: "An organisation's current contact persons as vCard 4.0",
  request: { params: idParam },
  responses: { 200: vcardFile('The contact persons, one vCard each') },
});

const exportFirm = route('records.read', {
  method: 'get',
  path: '/contacts.vcf',
  tags,
  summary: 'The current contact persons of all organisations not archived, as vCard 4.0',
  responses: { 200: vcardFile('The contact persons, one vCard each') },
});

const importFile = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/contacts/vcard',
  tags,
  summary:
    'Import a vCard file (4.0, 3.0 or 2.1, at most 5 MB) as contact persons; a dry run writes nothing',
  request: {
    params: idParam,
    query: vcardImportQuery,
    body: { required: true, content: { 'text/vcard': { schema: z.string() } } },
  },
  responses: {
    200: jsonResponse('What became of each card', vcardImportResultSchema),
  },
});

/** A download: the cards are written to the answer as the client reads it. */
function download(c: Context<AppEnv>, file: VCardExport) {
  const encoder = new TextEncoder();
  const cards = file.cards[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await cards.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await cards.return?.();
    },
  });
  return c.body(body, 200, {
    'Content-Type': vcardType,
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
  });
}

const tooLarge = () =>
  new DomainError('payload_too_large', 'The vCard file is larger than 5 MB', [
    { field: 'file', message: 'is larger than 5 MB' },
  ]);

/** The request body as text, at most 5 MB, decoded from UTF-8, UTF-16 or Windows-1252. */
async function vcardText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxVCardBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxVCardBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  if (size === 0)
    throw new DomainError('invalid_input', 'No vCard file was sent', [
      { field: 'file', message: 'is empty' },
    ]);
  const bytes = Buffer.concat(chunks);
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 64 * 1024));
  const decoder = createChunkDecoder(encoding);
  return decoder.write(bytes.subarray(bomLength)) + decoder.end();
}

export function vcardRoutes({ db, config }: Deps) {
  return featureRouter()
    .openapi(exportOrganization, async (c) =>
      download(
        c,
        await exportOrganizationContacts(db, authOf(c).workspaceId, c.req.valid('param').id),
      ),
    )
    .openapi(exportFirm, async (c) => download(c, exportFirmContacts(db, authOf(c).workspaceId)))
    .openapi(importFile, async (c) => {
      const text = await vcardText(c.req.raw);
      const result = await importVCards(db, authOf(c), {
        organizationId: c.req.valid('param').id,
        text,
        dryRun: c.req.valid('query').dryRun,
        bounds: config.importBounds,
      });
      return c.json(result, 200);
    });
}
