// Serves the built web app; unknown paths get index.html so client-side routes load.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveWeb(webDir: string) {
  const root = normalize(webDir);
  const app = new Hono();
  app.get('*', async (c) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad request', 400);
    }
    const file = normalize(join(root, path));
    // a path is a file when it ends in a type the app is built of; any other is a page of the
    // app, also one whose last part has a dot in it (a survey link: /survey/<firm>.<secret>)
    if (file.startsWith(root + sep) && Object.hasOwn(types, extname(file))) {
      const body = await readFile(file).catch(() => undefined);
      if (body) {
        const immutable = path.startsWith('/assets/');
        return c.body(body, 200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
      return c.text('Not found', 404);
    }
    const index = await readFile(join(root, 'index.html')).catch(() => undefined);
    if (!index) return c.text('The web app is not built; run npm run build', 503);
    return c.body(index, 200, { 'Content-Type': types['.html']!, 'Cache-Control': 'no-cache' });
  });
  return app;
}
