import { expect, test, type Browser } from '@playwright/test';

/**
 * The same build served by the HTTP server (npm run serve, started by playwright.config.ts): the app must use the
 * real API on its origin, with no service worker, and show exactly what it shows over the embedded mock.
 */
const SERVER = process.env.E2E_SERVER_URL!;

async function mainText(browser: Browser, url: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until what is shown has settled (counts and charts follow the filter after a pause; charts below the
  // fold load as they near the viewport, so scroll down each time).
  let text = '';
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const previous = text;
      text = (await page.locator('main').innerText()).replaceAll(new URL(url).origin, 'ORIGIN');
      // Not the prerendered page (its text stays the same until the app replaces it), nor charts still to load.
      const waiting = await page.locator('[data-near-viewport], [data-prerendered]').count();
      return text === previous && !waiting && !/Loading/i.test(text);
    })
    .toBe(true);
  // A page that carries its data starts the mock API only when the reader acts: press a key, as a reader would,
  // then see whether a service worker answers (the mock's) or none (the server's real API).
  await page.keyboard.press('Shift');
  const hasWorker = () => Boolean(navigator.serviceWorker?.controller);
  const worker = url.startsWith(SERVER)
    ? await page.waitForTimeout(1000).then(() => page.evaluate(hasWorker)) // it would have started by now
    : await page.waitForFunction(hasWorker).then(() => true);
  await page.close();
  return { text, worker, problems };
}

for (const path of ['/', '/compare', '/timeline?company=meta&type=partnership', '/systems/sora']) {
  test(`served by npm run serve, ${path} uses the real API and shows what the mock shows`, async ({
    browser,
    baseURL,
  }) => {
    const mock = await mainText(browser, `${baseURL}${path}`);
    const served = await mainText(browser, `${SERVER}${path}`);
    expect(mock.worker).toBe(true);
    expect(served.worker).toBe(false);
    expect(served.problems).toEqual([]);
    expect(served.text).toBe(mock.text);
  });
}

test('the server answers the API itself: ETag, and a 400 naming the parameter', async ({ request }) => {
  const meta = await request.get(`${SERVER}/api/v1/meta`);
  expect(meta.headers().etag).toMatch(/^W\//);
  const bad = await request.get(`${SERVER}/api/v1/events?from=2025-13-40`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^from: /);
});
