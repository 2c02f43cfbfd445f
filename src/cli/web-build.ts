// Whether the built web app is older than its sources. A checkout that changed src/web since the
// last build gets a fresh build on start; an installed package without sources keeps its build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of the files under the given paths; 0 when none exist. */
export function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const path of paths) visit(path);
  return newest;
}

/** The build needs (re)building when it is missing or a source changed after it was made. */
export function webBuildIsStale(builtIndex: string, sources: string[]): boolean {
  if (!existsSync(builtIndex)) return true;
  return newestChange(sources) > statSync(builtIndex).mtimeMs;
}
