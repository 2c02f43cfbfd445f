// A kept report (report-cache.ts) is the same object on every request until it changes, so its
// JSON is written once too: a portfolio of 20,000 clients is some 5 MB of JSON, which costs
// more to write than the rest of the request.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

const written = new WeakMap<object, string>();

/** c.json(report, 200), with the JSON of a report it has written before taken as it was. */
export function keptJson<T extends object>(
  c: Context,
  report: T,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  let text = written.get(report);
  if (text === undefined) {
    text = JSON.stringify(report);
    written.set(report, text);
  }
  c.header('content-type', 'application/json');
  // the body is exactly what c.json would send for this report, so its type is c.json's
  return c.body(text, 200) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
