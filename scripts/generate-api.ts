// Writes the typed API client's types from the OpenAPI document: src/web/api/schema.d.ts.
// With --check it fails when the committed file is stale (part of npm test).
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { openApiDocument } from './openapi-document.ts';

const target = new URL('../src/web/api/schema.d.ts', import.meta.url);
const document = await openApiDocument();
// A file sent as the request body (format: binary) is a Blob in the browser, so the typed client
// can send a picked file as it is.
const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
  transform: (schema) => ('format' in schema && schema.format === 'binary' ? blob : undefined),
});
const header = '// Generated from the OpenAPI document by `npm run generate:api`. Do not edit.\n';
const options = (await resolveConfig(target.pathname)) ?? {};
const text = await format(header + astToString(ast), { ...options, parser: 'typescript' });

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('src/web/api/schema.d.ts is stale: run npm run generate:api and commit it');
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  console.log('wrote src/web/api/schema.d.ts');
}
