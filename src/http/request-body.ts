// How a request's body is read, in one place for every route: a JSON body is text in UTF-8 and
// nothing else, a route that needs a body gets one, and an answer given before the body was read
// says that the connection ends.
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';

const jsonType = /^application\/([\w.-]+\+)?json$/i;
const mediaType = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase();

export const isJson = (contentType: string | undefined) => jsonType.test(mediaType(contentType));

/**
 * Reads a JSON body strictly as UTF-8. The platform's own reading replaces a broken byte with
 * U+FFFD, which would store a different text than the client sent without a word; here it is
 * refused. The text is handed on to the route's validator, which parses it from this cache.
 */
export function strictJsonText(): MiddlewareHandler {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !isJson(c.req.header('content-type')))
      return next();
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new DomainError(
        'invalid_input',
        'The request body is not valid UTF-8; send JSON text encoded as UTF-8',
      );
    }
    // hono keeps the promise of the text here (its type says the text)
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    return next();
  };
}

/**
 * A route whose body is required refuses a request without one (no JSON content type, or no
 * bytes) instead of reading it as `{}`: an empty PATCH is a choice the client makes by sending
 * `{}`, not what it gets by forgetting the body.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const text = isJson(c.req.header('content-type')) ? (await c.req.text()).trim() : '';
  if (text === '')
    throw new DomainError(
      'invalid_input',
      'This request needs a JSON body (Content-Type: application/json)',
    );
  return next();
};

/**
 * An error answer given before the request's body was read to its end (too large, not signed
 * in) ends the connection and says so: the rest of the body would otherwise be read as the next
 * request, or the server cuts the connection that its answer promised to keep alive.
 */
export function closeAfterUnreadBody(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const incoming = (c.env as { incoming?: { readableEnded?: boolean } } | undefined)?.incoming;
    const carriesBody =
      Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding');
    if (c.res.status >= 400 && carriesBody && incoming?.readableEnded === false)
      c.res.headers.set('Connection', 'close');
  };
}
