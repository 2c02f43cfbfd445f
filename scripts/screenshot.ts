// Takes the README's screenshot: the demo firm's organisation list, in Dutch, in Chromium.
// Usage: npm run screenshot [-- out.png]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/browser.ts';
import { demoSignIn } from '../src/demo/firm.ts';
import { freePort } from '../test/helpers/processes.ts';

const out = process.argv[2] ?? 'docs/screenshot.png';
const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-screenshot-'));
const port = await freePort();
const app = spawn(
  process.execPath,
  ['bin/klandizie.js', 'serve', '--demo', '--port', String(port)],
  { env: { ...process.env, KLANDIZIE_DATA: dataDir, DATABASE_URL: '' }, stdio: 'inherit' },
);
const url = `http://127.0.0.1:${port}`;
try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${url}/api/v1/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 600 || app.exitCode !== null) throw new Error('the app did not come up');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 760 } });
    await page.goto(url);
    await page.getByLabel(/^E-mailadres/).fill(demoSignIn.email);
    await page.getByLabel(/^Wachtwoord/).fill(demoSignIn.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText(/\d organisaties/).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: out });
    console.log(`Saved ${out}`);
  } finally {
    await close();
  }
} finally {
  await new Promise((resolve) => {
    app.once('exit', resolve);
    app.kill('SIGTERM');
  });
  rmSync(dataDir, { recursive: true, force: true });
}
