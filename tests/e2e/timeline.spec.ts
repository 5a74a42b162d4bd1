import { axe } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { realDataset } from '../../src/mocks/dataset';

const LICENSING = "Meta licenses Midjourney's technology";
const ds = realDataset();
const metaPartnerships = ds.events.filter((e) => e.companyIds.includes('meta') && e.type === 'partnership').length;

/** "49 events" or "2 events of 49": the result count above the list. */
const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ events?\b/ });
async function countOf(page: Page): Promise<number> {
  await expect(resultCount(page)).toBeVisible();
  return Number(/^(\d+)/.exec((await resultCount(page).textContent()) ?? '')?.[1]);
}
const eventTitles = (page: Page) =>
  page.getByRole('region', { name: 'Events' }).getByRole('article').getByRole('heading', { level: 4 });
const option = (page: Page, group: string, name: string) =>
  page.getByRole('group', { name: group }).getByRole('checkbox', { name, exact: true });

test('filter to Meta’s partnerships and find the Midjourney licensing deal; back and forward work', async ({
  page,
}) => {
  await page.goto('/timeline');
  expect(await countOf(page)).toBe(ds.events.length);

  await option(page, 'Company', 'Meta').check();
  await expect(page).toHaveURL(/[?&]company=meta\b/);
  await option(page, 'Event type', 'Partnership').check();
  await expect(page).toHaveURL(/type=partnership/);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${metaPartnerships} events? of ${ds.events.length}`));
  await expect(eventTitles(page).filter({ hasText: LICENSING })).toBeVisible();
  await expect(eventTitles(page)).toHaveCount(metaPartnerships);

  await page.goBack();
  await expect(page).not.toHaveURL(/type=partnership/);
  await expect(option(page, 'Event type', 'Partnership')).not.toBeChecked();
  await expect(option(page, 'Company', 'Meta')).toBeChecked();
  await page.goForward();
  await expect(option(page, 'Event type', 'Partnership')).toBeChecked();
  await expect(resultCount(page)).toHaveText(new RegExp(`^${metaPartnerships} events?\\b`));
});

test('a copied link opens the same view in a new page', async ({ page, context }) => {
  await page.goto('/timeline');
  await countOf(page);
  await option(page, 'Company', 'Google (DeepMind)').check();
  await page.getByRole('searchbox', { name: 'Search titles and summaries' }).fill('véo 3');
  await expect(page).toHaveURL(/q=v%C3%A9o\+3|q=véo\+3/);
  await expect(resultCount(page)).not.toHaveText(/^0 /);
  // Wait until the counts and charts have caught up with the filter (no "updating").
  await expect(resultCount(page)).not.toContainText('updating');
  const titles = await eventTitles(page).allTextContents();
  const count = await resultCount(page).textContent();
  expect(titles.length).toBeGreaterThan(1);

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(resultCount(second)).toHaveText(count ?? '');
  await expect(eventTitles(second)).toHaveText(titles);
  await expect(option(second, 'Company', 'Google (DeepMind)')).toBeChecked();
  await expect(second.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue('véo 3');
});

test('dragging across the density chart sets the date range and narrows the list; Clear filters resets', async ({
  page,
}) => {
  await page.goto('/timeline');
  const all = await countOf(page);
  const chart = page.getByRole('figure', { name: 'Events per month' });
  const plot = chart.locator('.recharts-cartesian-grid');
  await expect(plot).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.55, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.65, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
  await page.mouse.up();

  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}|to=\d{4}-\d{2}.*from=/);
  const url = new URL(page.url());
  const from = url.searchParams.get('from')!;
  const to = url.searchParams.get('to')!;
  expect(from < to).toBe(true);
  await expect.poll(() => countOf(page)).toBeLessThan(all);
  // The list shows only events inside the range; the date inputs show it too.
  const dates = await page
    .getByRole('region', { name: 'Events' })
    .locator('article time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d.slice(0, 7) >= from && d.slice(0, 7) <= to).toBe(true);
  await expect(page.getByLabel('From')).toHaveValue(`${from}-01`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(resultCount(page)).toHaveText(new RegExp(`^${all} events`));
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
});

test('a link with invalid values keeps the rest of the view and says what it ignored', async ({ page }) => {
  await page.goto('/timeline?company=meta,nobody&type=partnership,rumour&from=2025-13');
  await expect(page.getByText(/not recognised/)).toContainText('type=rumour');
  await expect(page.getByText(/not recognised/)).toContainText('company=nobody');
  await expect(resultCount(page)).toHaveText(new RegExp(`^${metaPartnerships} events?\\b`));
  await page.getByRole('button', { name: 'Remove from the link' }).click();
  await expect(page.getByText(/not recognised/)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?company=meta&type=partnership');
});

test('keyboard: an event’s details open from its title, Escape closes them and focus returns', async ({ page }) => {
  await page.goto('/timeline?company=meta&type=partnership');
  const title = page.getByRole('button', { name: LICENSING });
  await title.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: LICENSING });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('known to the day');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(title).toBeFocused();
});

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['dark', 375],
] as const) {
  test.describe(`${scheme}, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
    test('the timeline has no detectable accessibility violations', async ({ page }) => {
      await page.goto('/timeline?company=meta');
      await countOf(page);
      // The charts load as they near the viewport: below the filters on a phone.
      await page.getByRole('heading', { name: 'Charts' }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('figure', { name: 'Events per month' }).locator('svg').first()).toBeVisible();
      const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  });
}
