// Every write route, read from the OpenAPI document, gets the bodies a careless or hostile client
// sends: none at all, `{}`, `null`, and `null` in each field the document says is not nullable.
// None may crash the server, and each refusal is the one error shape with the field named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { Client, newFirm, testApp, type TestApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
};
type Operation = { method: string; path: string; body: Schema | undefined; required: boolean };

let database: Database;
let app: TestApp;
let owner: Client;
let components: Record<string, Schema>;
let writes: Operation[];
let ids: Record<string, string>;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  const firm = await newFirm(app);
  owner = firm.owner;
  const organization = (await owner.post('/api/v1/organizations', { name: 'Body client' })).body.id;
  ids = { organization, user: firm.ownerId };
  const document = (await owner.get('/api/openapi.json')).body as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> } }
      >
    >;
    components: { schemas: Record<string, Schema> };
  };
  components = document.components.schemas;
  writes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method, operation]) => method !== 'get' && operation.requestBody)
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        body: operation.requestBody?.content['application/json']?.schema,
        required: operation.requestBody?.required === true,
      })),
  );
});
afterAll(async () => database.close());

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(components[schema.$ref.replace('#/components/schemas/', '')]!) : schema;

function nullable(schema: Schema): boolean {
  const s = resolve(schema);
  if (s.nullable) return true;
  if (Array.isArray(s.type) ? s.type.includes('null') : s.type === 'null') return true;
  return [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(nullable);
}

/** Every field of a body, nested objects included, with the body that sets it to null. */
function nullBodies(schema: Schema, path: string[] = []): { field: string; body: unknown }[] {
  const s = resolve(schema);
  return Object.entries(s.properties ?? {}).flatMap(([name, field]) => {
    const here = [...path, name];
    const own = nullable(field)
      ? []
      : [{ field: here.join('.'), body: here.reduceRight<unknown>((v, k) => ({ [k]: v }), null) }];
    return [...own, ...(resolve(field).properties ? nullBodies(field, here) : [])];
  });
}

const urlOf = (path: string) =>
  path
    .replace('{entityType}', 'organization')
    .replace('{year}', '2024')
    .replace('{category}', 'A')
    .replace('{criterionId}', '00000000-0000-4000-8000-000000000001')
    .replace('{id}', path.startsWith('/api/v1/users/') ? ids.user! : ids.organization!);

const shaped = (body: unknown) =>
  typeof (body as { error?: { code?: unknown; message?: unknown } })?.error?.code === 'string' &&
  typeof (body as { error: { message?: unknown } }).error.message === 'string';

describe('request bodies on every write route', { timeout: 120_000 }, () => {
  it('refuses a missing body where one is required, in the one error shape', async () => {
    const failures: string[] = [];
    for (const { method, path, required } of writes) {
      const answer = await owner.request(method, urlOf(path));
      if (answer.status >= 500 || (required && answer.status !== 400) || !shaped(answer.body))
        if (answer.status !== 404 || !shaped(answer.body))
          failures.push(`${method} ${path} without a body → ${answer.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a null body, in the one error shape with a message', async () => {
    const failures: string[] = [];
    for (const { method, path } of writes) {
      const answer = await owner.request(method, urlOf(path), 'null');
      if (answer.status !== 400 || !shaped(answer.body))
        failures.push(`${method} ${path} null → ${answer.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers an empty object with a success or a documented refusal, never a 500', async () => {
    const failures: string[] = [];
    for (const { method, path } of writes) {
      const answer = await owner.request(method, urlOf(path), '{}');
      const fine = answer.status < 400 || (answer.status < 500 && shaped(answer.body));
      if (!fine) failures.push(`${method} ${path} {} → ${answer.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('changes nothing on PATCH with an empty object, instead of failing', async () => {
    for (const path of ['/api/v1/workspace', '/api/v1/me', `/api/v1/users/${ids.user}`]) {
      const answer = await owner.patch(path, {});
      expect(answer.status, path).toBe(200);
    }
    expect((await owner.get('/api/v1/workspace')).body.name).toMatch(/^Firm/);
  });

  it('refuses null in every field the document says is not nullable, naming the field', async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const { method, path, body } of writes) {
      if (!body) continue;
      for (const { field, body: sent } of nullBodies(body)) {
        tried++;
        const answer = await owner.request(method, urlOf(path), JSON.stringify(sent));
        const named = (answer.body?.error?.details ?? []).some(
          (detail: { field: string }) => detail.field === field,
        );
        if (answer.status !== 400 || !named)
          failures.push(`${method} ${path} ${field}: null → ${answer.status}`);
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
