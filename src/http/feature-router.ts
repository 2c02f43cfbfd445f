// Every feature's router starts the same way: typed with the request context, and with request
// schemas that fail answered as 400 with the fields named. One place so no feature forgets it.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { validationHook } from './errors.ts';

export function featureRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
