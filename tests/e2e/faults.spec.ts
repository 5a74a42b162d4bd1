import { expect, test, type Locator, type Page } from '@playwright/test';
import { realDataset } from '../../src/mocks/dataset';
import { SYSTEM_COUNT } from './support/dataset';

/** Collects CSP violations and uncaught errors of the page. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to … CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

test('the production build runs under its Content-Security-Policy with no violation', async ({ page }) => {
  const problems = await watch(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
  // Each page is visited until its data is drawn: its charts, or the Sources page's whole list.
  const drawn: Record<string, (page: Page) => Locator> = {
    '/compare': (p) => p.getByRole('figure', { name: 'Release chronology' }).locator('svg').first(),
    '/timeline': (p) => p.getByRole('figure', { name: 'Events per month' }).locator('svg').first(),
    '/systems/veo': (p) => p.getByRole('figure').first().locator('svg').first(),
    '/sources': (p) => p.locator('.source-list > li').nth(realDataset().sources.length - 1),
  };
  for (const [path, ready] of Object.entries(drawn)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(ready(page)).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test.describe('chaos switch of the mock API', () => {
  test('error: a 503 is explained with a Retry button, navigation keeps working', async ({ page }) => {
    await page.goto('/?mock=error');
    await expect(page.getByRole('complementary', { name: 'Demo mode' })).toContainText('error');
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('Could not load systems.', { timeout: 15_000 });
    await expect(alert).toContainText('HTTP 503');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  });

  test('the mode survives a reload and ?mock=off turns it off', async ({ page }) => {
    await page.goto('/?mock=offline');
    await expect(page.getByRole('alert').first()).toContainText('network error', { timeout: 15_000 });
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Demo mode' })).toBeVisible();
    await page.getByRole('link', { name: 'Turn it off' }).click();
    await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
    await expect(page.getByRole('complementary', { name: 'Demo mode' })).toHaveCount(0);
  });

  test('slow: a loading state shows, then the data', async ({ page }) => {
    await page.goto('/?mock=slow');
    await expect(page.getByRole('status').filter({ hasText: 'Loading systems' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(5, { timeout: 15_000 });
  });

  test('flaky: retries with backoff recover without the user doing anything', async ({ page }) => {
    await page.goto('/?mock=flaky');
    await expect(page.getByRole('article')).toHaveCount(5, { timeout: 15_000 });
  });

  for (const [mode, message] of [
    ['malformed', 'not JSON'],
    ['shape', 'unexpected data'],
  ] as const) {
    test(`${mode}: a bad answer is named, not retried, and the page stays usable`, async ({ page }) => {
      await page.goto(`/?mock=${mode}`);
      await expect(page.getByRole('alert').first()).toContainText(message);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    });
  }

  test('empty: an empty dataset says so', async ({ page }) => {
    await page.goto('/?mock=empty');
    await expect(page.getByText('No systems to show.')).toBeVisible();
  });
});
