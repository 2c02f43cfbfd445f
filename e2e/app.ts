// A real `klandizie serve` process with the web app, on a fresh embedded database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/processes.ts';

const bin = fileURLToPath(new URL('../bin/klandizie.js', import.meta.url));

export type WebApp = { url: string; stop: () => Promise<void> };

/** `prepare` runs before the app starts, on its data directory: to import data with the CLI. */
export async function startWebApp(
  options: { prepare?: (dataDir: string) => void } = {},
): Promise<WebApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-e2e-'));
  try {
    options.prepare?.(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
    env: { ...process.env, KLANDIZIE_DATA: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the app exited:\n${output}`);
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the app did not come up:\n${output}`);
}
