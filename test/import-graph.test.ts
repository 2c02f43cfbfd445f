// The layers of decision 0030, checked over the whole of src/ (the web app has its own rule):
// an import points only down, type imports too and without exceptions, and no module reaches
// itself again through its imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const floors: Record<string, number> = {
  core: 0,
  db: 1,
  http: 2,
  kernel: 2,
  features: 3,
  server: 4,
  cli: 4,
  demo: 4,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(importPattern)]
      .map((match) => relative(root, resolve(dirname(file), match[1]!)))
      .filter((target) => target.startsWith('src/') && !target.startsWith('src/web/'));
    graph.set(relative(root, file), targets);
  }
  return graph;
}

const floorOf = (file: string) => floors[file.split('/')[1]!];

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push(path.slice(path.indexOf(target)));
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('reads the imports it checks', () => {
    expect(graph.get('src/server/app.ts')).toContain('src/http/errors.ts');
  });

  it('has no arrow from a lower floor to a higher one', () => {
    const upward = [...graph]
      .filter(([file]) => !file.endsWith('.test.ts'))
      .flatMap(([file, targets]) =>
        targets
          .filter((target) => (floorOf(target) ?? 0) > (floorOf(file) ?? 0))
          .map((target) => `${file} -> ${target}`),
      );
    expect(upward).toEqual([]);
  });

  it('has no circles', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
