import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newestChange, webBuildIsStale } from './web-build.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project() {
  const root = mkdtempSync(join(tmpdir(), 'web-build-'));
  made.push(root);
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  const at = (path: string, seconds: number) => {
    const file = join(root, path);
    writeFileSync(file, 'x');
    utimesSync(file, seconds, seconds);
    return file;
  };
  return { root, at };
}

describe('the web build', () => {
  it('is stale when it was never built', () => {
    const { root, at } = project();
    at('src/pages/App.tsx', 1000);
    expect(webBuildIsStale(join(root, 'dist', 'index.html'), [join(root, 'src')])).toBe(true);
  });

  it('is current when every source is older than the build', () => {
    const { root, at } = project();
    at('src/pages/App.tsx', 1000);
    const built = at('dist/index.html', 2000);
    expect(webBuildIsStale(built, [join(root, 'src')])).toBe(false);
  });

  it('is stale when a source deep in the tree changed after the build', () => {
    const { root, at } = project();
    const built = at('dist/index.html', 2000);
    at('src/pages/App.tsx', 3000);
    expect(webBuildIsStale(built, [join(root, 'src')])).toBe(true);
  });

  it('finds the newest change, and none in paths that do not exist', () => {
    const { root, at } = project();
    at('src/a.ts', 1000);
    at('src/pages/b.ts', 1500);
    expect(newestChange([join(root, 'src'), join(root, 'missing')])).toBe(1_500_000);
    expect(newestChange([join(root, 'missing')])).toBe(0);
  });
});
