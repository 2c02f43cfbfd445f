// A notification's own colours: the page checks leave notifications out (they close on their own
// clock), so here one of each kind is held open under the pointer and judged on its own.
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let clientId: string;

beforeAll(async () => {
  firm = await setUpFirm();
  clientId = (
    await firm.send('post', '/organizations', { name: 'Bakkerij Jansen', status: 'client' })
  ).id;
  for (const callerName of ['Meneer Bos', 'Mevrouw Smit'])
    await firm.send('post', `/organizations/${clientId}/call-backs`, { callerName });
}, 120_000);

afterAll(() => firm?.close());

/** The notification held open under the pointer (it waits while hovered), once it has faded in. */
async function judge(notification: Locator, what: string) {
  await notification.hover();
  await firm.page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const result = await new AxeBuilder({ page: firm.page })
    .include('.mantine-Notifications-root')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const problems = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.any[0]?.message ?? '').join(', ')}`,
  );
  expect(problems, what).toEqual([]);
  expect(
    result.passes.map((pass) => pass.id),
    `${what} was judged`,
  ).toContain('color-contrast');
}

test('a success and an error notification are readable', async () => {
  const { page } = firm;
  await page.goto(`${firm.app.url}/organizations/${clientId}`);
  const rows = page.getByTestId('call-back-row');
  await rows.filter({ hasText: 'Mevrouw Smit' }).waitFor();

  await page.getByRole('button', { name: 'Mark the call of Meneer Bos returned' }).click();
  const done = page.locator('.mantine-Notification-root', {
    hasText: 'The call of Meneer Bos is returned',
  });
  await done.waitFor();
  await judge(done, 'the success notification');
  await done.getByRole('button', { name: 'Close' }).click();
  await done.waitFor({ state: 'detached' });

  // the call is gone before it is ticked off: the server refuses, the app says so
  const smit = (await (
    await page.request.get(`${firm.app.url}/api/v1/organizations/${clientId}/call-backs`)
  ).json()) as { items: { id: string; callerName: string | null }[] };
  const id = smit.items.find((item) => item.callerName === 'Mevrouw Smit')!.id;
  const gone = await page.request.delete(`${firm.app.url}/api/v1/call-backs/${id}`, {
    headers: firm.headers,
  });
  expect(gone.ok()).toBe(true);
  await page.getByRole('button', { name: 'Mark the call of Mevrouw Smit returned' }).click();
  const failed = page.locator('.mantine-Notification-root', { hasText: 'went wrong' });
  await failed.waitFor();
  await judge(failed, 'the error notification');
}, 120_000);
