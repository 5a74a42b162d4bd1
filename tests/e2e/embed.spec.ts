/**
 * Embedding a chart: the Export menu's snippet opens the chart alone (same URL state), with its sources and a
 * link back; only /embed/* may be framed by other sites, everything else says frame-ancestors 'none'.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { embedSnippet } from '../../src/ui/export/embed';
import { figure } from './support/exports';

const VIEW = '/compare?systems=sora,veo&scale=log&sort=value';

test('the Embed snippet opens a page with only that chart, as shown, with its sources and a link back', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(VIEW);
  const clip = figure(page, 'Maximum clip length');
  await expect(clip.locator('svg .spec-bar').first()).toBeVisible();
  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed “Maximum clip length”' });
  const snippet = await dialog.getByLabel('Embed code').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="Maximum clip length \(Genscope\)" width="100%"/);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Snippet copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const src = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).pathname).toBe('/embed/max-clip-length');
  expect(new URL(src).search).toBe(new URL(page.url()).search); // the same view state

  await page.goto(src);
  const only = figure(page, 'Maximum clip length');
  await expect(only.locator('svg .spec-bar').first()).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(1);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(only).toContainText('Sources:');
  await expect(only).toContainText('seconds (log scale)'); // the view as shown: log axis
  const back = page.getByRole('link', { name: 'Open this view in Genscope →' });
  expect(new URL((await back.getAttribute('href')) ?? '', src).href).toBe(`${new URL(src).origin}${VIEW}`);
});

test('only /embed/* may be framed: CSP frame-ancestors and X-Frame-Options on each answer', async ({ request }) => {
  const embed = await request.get('/embed/price-per-second?systems=veo');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of ['/', '/compare', '/timeline', '/embed', '/embedded/x']) {
    const other = await request.get(path);
    expect(other.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(other.headers()['x-frame-options'], path).toBe('DENY');
  }
});

test('another site can frame an embedded chart page, drawn with its data in any view, and not the app', async ({
  page,
  baseURL,
}) => {
  // The snippets, as the Embed dialog writes them, of two views: the one above (two systems, log scale, sorted)
  // and the chronology as of a past date. The frames load on another site (a real server on loopback: Chromium
  // refuses local frames in a page it did not load from one), where Chromium refuses the in-page mock API its
  // service worker: the data must come with the page.
  const snippets = [
    embedSnippet(`${baseURL}/embed/max-clip-length${new URL(VIEW, baseURL).search}`, 'Maximum clip length'),
    embedSnippet(`${baseURL}/embed/release-chronology?systems=veo&asOf=2025-01-01`, 'Release chronology'),
  ];
  const host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`${snippets.join('\n')}<iframe id="app" src="${baseURL}/compare" width="800" height="300"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    const failed: string[] = [];
    const api: string[] = []; // requests to the API, and the mock API's code (its chunk and its worker)
    page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
    page.on('request', (r) => void (/\/api\/|\/assets\/browser-|mockServiceWorker/.test(r.url()) && api.push(r.url())));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);

    const clip = page.frameLocator('iframe[title="Maximum clip length (Genscope)"]');
    const only = clip.getByRole('figure', { name: 'Maximum clip length' });
    await expect(only.locator('svg .spec-bar')).toHaveCount(2); // Sora and Veo
    await expect(only).toContainText('seconds (log scale)');
    await expect(only).toContainText('Sources:');
    await expect(clip.getByRole('link', { name: 'Open this view in Genscope →' })).toBeVisible();

    await page.locator('iframe[title="Release chronology (Genscope)"]').scrollIntoViewIfNeeded();
    const chronology = page.frameLocator('iframe[title="Release chronology (Genscope)"]');
    const dated = chronology.getByRole('figure', { name: 'Release chronology' });
    await expect(dated.locator('svg').first()).toBeVisible();
    await expect(dated).toContainText('as of 1 Jan 2025');
    await expect(dated).toContainText('Sources:');
    expect(api).toEqual([]); // nothing asked of an API, and the mock API not even loaded: the pages carry the data

    await expect.poll(() => failed).toContainEqual(expect.stringMatching(/^\/compare net::ERR_BLOCKED_BY_RESPONSE/));
    await expect(page.frameLocator('#app').getByRole('heading', { name: 'Compare' })).toHaveCount(0);
  } finally {
    host.close();
  }
});
