// Builds the OpenAPI document from the routes without a database (routes only touch it per request).
import { createApp } from '../src/server/app.ts';
import { configFromEnv } from '../src/server/config.ts';
import type { Db } from '../src/db/connection.ts';

export async function openApiDocument(): Promise<unknown> {
  const app = createApp({ db: {} as Db, config: configFromEnv({}) });
  const response = await app.request('/api/openapi.json');
  return response.json();
}
