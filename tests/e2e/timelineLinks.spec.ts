import { axe } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { realDataset } from '../../src/mocks/dataset';

const ds = realDataset();
const LICENCE = ds.events.find((e) => e.id === '2025-08-22-meta-licenses-midjourney')!;
const V7 = ds.events.find((e) => e.id === '2025-04-03-midjourney-v7-alpha')!;
const metaCount = ds.events.filter((e) => e.companyIds.includes('meta')).length;

const events = (page: Page) => page.getByRole('region', { name: 'Events' });
const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /^[\d,]+ events?\b/ });

test('an event link pasted into a page opens that event over the filtered view; Back closes it', async ({ page }) => {
  await page.goto('/timeline?company=meta');
  await expect(resultCount(page)).toHaveText(new RegExp(`^${metaCount} events? of ${ds.events.length}`));
  // The pasted link names an event the filter leaves out: it opens all the same, over Meta's events.
  await page.goto(`/timeline?company=meta&event=${V7.id}`);
  const dialog = page.getByRole('dialog', { name: V7.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('link', { name: 'V7 (image)' })).toHaveAttribute(
    'href',
    '/systems/midjourney#version-midjourney-v7',
  );
  await expect(dialog.getByText(/^“Midjourney releases/)).toContainText(`event=${V7.id}`);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${metaCount} events? of ${ds.events.length}`));

  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/timeline\?company=meta$/);
});

test('opening an event from the list gives it a link; Back closes it and focus returns to its title', async ({
  page,
}) => {
  await page.goto('/timeline?company=meta&type=partnership');
  const opener = events(page).getByRole('button', { name: LICENCE.title });
  await opener.click();
  await expect(page.getByRole('dialog', { name: LICENCE.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${LICENCE.id}`));
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\/timeline\?company=meta&type=partnership$/);
  await expect(opener).toBeFocused();
  // Escape closes it too, and takes it out of the link.
  await opener.press('Enter');
  await expect(page.getByRole('dialog', { name: LICENCE.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
  await expect(opener).toBeFocused();
});

test('a search by words finds the licence and marks the words found', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByLabel('Search titles and summaries').fill('meta midjourney');
  await expect(page).toHaveURL(/q=meta(\+|%20)midjourney/);
  const title = events(page).getByRole('button', { name: LICENCE.title });
  await expect(title).toBeVisible();
  await expect(title.locator('mark')).toHaveText(['Meta', 'Midjourney']);
});

test('the month brush works from the keyboard', async ({ page }) => {
  await page.goto('/timeline?from=2025-06&to=2025-06');
  const brush = page.getByRole('slider', { name: 'Months to set as the date range' });
  await expect(brush).toHaveAttribute('aria-valuetext', 'June 2025 (in force)');
  await brush.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(brush).toHaveAttribute('aria-valuetext', 'May 2025 to June 2025, press Enter to apply');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2025-05&to=2025-06/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(brush).toHaveAttribute('aria-valuetext', 'May 2025 to June 2025 (in force)');
});

test('the timeline’s title says what it shows', async ({ page }) => {
  await page.goto('/timeline?company=meta&from=2025-01&to=2025-12');
  await expect(page).toHaveTitle('Timeline — Meta, 2025 · Genscope');
});

test('at 100,000 events the oldest is one click away', async ({ page }) => {
  // Generating 100,000 events in the page takes seconds, many more on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/timeline?dataset=synthetic-100k');
  const alerts = page.getByRole('alert');
  await expect(resultCount(page).or(alerts.first())).toBeVisible({ timeout: 90_000 });
  if (await alerts.count()) throw new Error(await alerts.first().evaluate((el) => el.textContent ?? ''));
  await expect(resultCount(page)).toHaveText(/^100,000 events/);
  await events(page).getByRole('button', { name: 'Oldest first' }).click();
  await expect(page).toHaveURL(/order=oldest/);
  const first = events(page).getByRole('article').first().locator('time');
  await expect(first).toHaveAttribute('datetime', /^2023-01/);

  // A date in the middle of the list (some 40,000 events down) is reached with one request, not by paging.
  const asked: string[] = [];
  page.on('request', (r) => void (r.url().includes('/api/v1/events?') && asked.push(r.url())));
  const started = Date.now();
  await events(page).getByLabel('Jump to date').fill('2024-12-14');
  await events(page).getByRole('button', { name: 'Go' }).click();
  await expect(events(page).getByRole('status').filter({ hasText: 'Showing the first' })).toHaveText(
    /^Showing the first event on or after 14 Dec 2024/,
  );
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-event-open', /./);
  const id = await focused.getAttribute('data-event-open');
  const date = await events(page)
    .getByRole('article')
    .filter({ has: focused })
    .locator('time')
    .getAttribute('datetime');
  expect(date! >= '2024-12-14' || date!.length === 7, `${id} on ${date}`).toBe(true);
  expect(asked.length, asked.join('\n')).toBeLessThanOrEqual(2);
  test.info().annotations.push({ type: 'jump', description: `${asked.length} request(s), ${Date.now() - started} ms` });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the timeline with an event open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/timeline?q=meta%20midjourney&event=${LICENCE.id}`);
    await expect(page.getByRole('dialog', { name: LICENCE.title })).toBeVisible();
    const open = await axe(page).analyze();
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('figure', { name: 'Events per month' })).toBeVisible();
    const closed = await axe(page).analyze();
    expect(closed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
