import { expect, test, type Page } from '@playwright/test';
import { realDataset } from '../../src/mocks/dataset';

/** The four panels of the timeline and the error each shows when its own request fails. */
const PANEL_ERRORS = [
  'Could not load the companies and systems to filter by.',
  'Could not count events.',
  'Could not load the charts.',
  'Could not load events.',
];

async function expectEveryPanelFailed(page: Page, within: number) {
  for (const title of PANEL_ERRORS) {
    const alert = page.getByRole('alert').filter({ hasText: title });
    await expect(alert, title).toBeVisible({ timeout: within });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  }
  await expect(page.getByText(/Counting events…|Loading charts…|Loading events…/)).toHaveCount(0);
}

for (const mode of ['offline', 'error']) {
  test(`${mode}: every panel of the timeline shows its own error with Retry`, async ({ page }) => {
    await page.goto(`/timeline?mock=${mode}`);
    await expectEveryPanelFailed(page, 15_000);
  });
}

test('timeout: the first errors show once the 10 s wait is up, not after retries', async ({ page }) => {
  test.setTimeout(60_000);
  const start = Date.now();
  await page.goto('/timeline?mock=timeout');
  await expectEveryPanelFailed(page, 40_000);
  const took = (Date.now() - start) / 1000;
  expect(took).toBeGreaterThan(9);
  expect(took).toBeLessThan(16);
});

test('flaky: a fresh load of the timeline recovers in every panel', async ({ page }) => {
  await page.goto('/timeline?mock=flaky');
  const count = page.getByRole('status').filter({ hasText: /^\d+ events?\b/ });
  await expect(count).toHaveText(new RegExp(`^${realDataset().events.length} events`), { timeout: 15_000 });
  await expect(page.getByRole('figure', { name: 'Events per month' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Company' }).getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events' }).getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('empty: every panel of the timeline says there are no events', async ({ page }) => {
  await page.goto('/timeline?mock=empty');
  await expect(page.getByRole('status').filter({ hasText: /^0 events/ })).toBeVisible();
  await expect(page.getByText('No companies or systems to filter by.')).toBeVisible();
  await expect(page.getByText('No events to chart.')).toBeVisible();
  await expect(page.getByText('There are no events in the dataset.')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(0);
});
