// Chromium from the system (Debian's package), driven by playwright-core. A missing browser
// fails the run: these tests are never skipped.
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function chromiumPath(): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium is not installed: apt-get install chromium, or set CHROMIUM_PATH to a Chromium binary',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // dialogs, drawers and notifications fade in and out: judge the page once they have settled,
  // not a colour halfway through a fade (a spinner's endless animation does not count). A
  // notification shown just after a change may start its fade a moment later: settled twice.
  for (let round = 0; round < 2; round++) {
    if (round > 0) await page.waitForTimeout(300);
    await page
      .waitForFunction(
        () =>
          document
            .getAnimations()
            .every(
              (animation) =>
                animation.playState !== 'running' ||
                animation.effect?.getComputedTiming().iterations === Infinity,
            ),
        undefined,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
  }
  // a notification closes on its own clock, so it may be fading out whatever was waited for:
  // it is left out, the page under it is judged (notifications.e2e.ts judges one held open)
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .exclude('.mantine-Notifications-root')
    .analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} (${node.any[0]?.message ?? ''})`)
          .join(', ')}`,
    );
  expect(serious, `accessibility of ${name}`).toEqual([]);
}
