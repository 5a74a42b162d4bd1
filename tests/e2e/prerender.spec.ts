import { expect, test, type Page } from '@playwright/test';

/**
 * The first screen before any JavaScript: the build prerenders the Overview (with the dataset's figures) and the
 * heading and introduction of Compare and Timeline; deep links get the plain shell. Then the app replaces the
 * page with the same content, with no layout shift and no inline script.
 */
const cardsText = (page: Page) => page.locator('.cards').innerText();

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('/ shows the five cards with their figures, and links that work', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('article')).toHaveCount(5);
    const sora = page.getByRole('article', { name: 'Sora' });
    await expect(sora).toContainText('Shut down: every version was retired by 24 Sep 2026.');
    await expect(sora).toContainText('$0.10/s at 720p');
    await expect(page.getByRole('contentinfo')).toContainText(/Genscope dataset v\d/);
    await page.getByRole('link', { name: 'Compare', exact: true }).first().click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  });

  test('/compare and /timeline show their heading and introduction; a deep link the plain shell', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.locator('.lede')).toContainText('Releases, partnerships');
    await page.goto('/sources');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.locator('.lede')).toContainText('Genscope compares');
  });
});

test('the app replaces the prerendered Overview with the same cards, and nothing moves', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('data-prerendered="/"');
  // The app's module, and the first screen's data in a block that does not run: nothing inline runs.
  expect(html.match(/<script\b[^>]*>/g)).toEqual([
    expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">$/),
    '<script type="application/json" id="genscope-first-data">',
  ]);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(5);
  const live = await cardsText(page);

  const staticPage = await page.context().newPage();
  await staticPage.route('**/*.js', (route) => route.abort());
  await staticPage.goto('/');
  expect(await cardsText(staticPage)).toBe(live);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

test('the Overview, Compare and Timeline draw their first screen without the mock API, which loads when the reader acts', async ({
  page,
}) => {
  let mockRequested = false;
  let mockLoaded = false;
  await page.route('**/assets/browser-*.js', async (route) => {
    mockRequested = true;
    await new Promise((r) => setTimeout(r, 4000)); // a slow network, for the mock API's chunk only
    await route.continue();
    mockLoaded = true;
  });
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 3500 });
  await expect(page.getByRole('article')).toHaveCount(5);
  await page.goto('/compare');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 3500 });
  await expect(page.getByRole('group', { name: 'Systems' }).getByRole('checkbox')).toHaveCount(5);
  // The unfiltered timeline's first page of events and its counts come with its page.
  await page.goto('/timeline');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 3500 });
  await expect(page.getByRole('group', { name: 'Company' }).getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  expect(mockLoaded).toBe(false); // drawn from the page's data, before the mock API could answer
  // Nothing asked the API yet, so its code has not even been fetched; the reader's first press starts it, and
  // the filter it asks for is answered once it is up.
  expect(mockRequested).toBe(false);
  await page.getByRole('group', { name: 'Company' }).getByRole('checkbox', { name: 'Meta' }).check();
  await expect.poll(() => mockRequested).toBe(true);
  await expect(page.getByText('Loading events…')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Company' }).getByRole('checkbox', { name: 'Meta' })).toBeChecked();
  await expect(page.locator('.timeline-events')).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
  expect(mockLoaded).toBe(true);
});

test('what the reader does on the prerendered page before the app is live is done on the app: nothing is lost', async ({
  page,
}) => {
  // The app's last stage arrives late, as on a phone: until then the page is the prerendered one.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/compare');
  const theme = page.getByRole('button', { name: /^Theme:/ });
  await theme.click(); // system → light
  await theme.click(); // light → dark
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveText('Theme: dark');
  await expect(theme).toBeFocused();
  // The presses counted as the reader's first act: the mock API started, as it does when the app is live.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
});
