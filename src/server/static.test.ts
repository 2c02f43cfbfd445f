// The built web app: files by their type, every other path the app's page, also a survey link
// whose last part has a dot in it (it was answered "Not found" as if it were a missing file).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWeb } from './static.ts';

const dir = mkdtempSync(join(tmpdir(), 'klandizie-web-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
const web = serveWeb(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the web app', () => {
  it('serves files by type and the app’s page for every other path', async () => {
    const file = await web.request('/assets/main.js');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/javascript');
    expect((await web.request('/assets/missing.js')).status).toBe(404);
    for (const path of [
      '/organizations',
      '/survey/0b6c2c2e-5d1f-4a8e-9d7a-3c1f2e4d5a6b.kT3x_9-QpZ2aLmN8vR4sW1yB7cE0dF5gH6jK2lM3nO4',
    ]) {
      const page = await web.request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<title>app</title>');
    }
  });
});
