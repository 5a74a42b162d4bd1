import { axe } from './support/axe';
import { expect, test } from '@playwright/test';

const PAGES = [
  { path: '/', ready: 'Release chronology' },
  { path: '/compare', ready: 'Release chronology' },
  { path: '/compare?systems=sora,veo&asOf=2025-06-01&diff=veo-2,veo-3', ready: 'Capability matrix' },
  { path: '/systems/veo', ready: 'Veo: events over time' },
  { path: '/systems/veo?version=veo-3', ready: 'Veo: events over time' },
  { path: '/sources', ready: null },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { path, ready } of PAGES) {
    test(`axe finds no violations on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (ready) await expect(page.getByRole('figure', { name: ready })).toBeVisible();
      else await expect(page.getByText(/^Used for \d+ facts?/).first()).toBeVisible();
      const results = await axe(page).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('axe finds no violations with the dark theme chosen by the toggle, at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/compare');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Below the controls, the charts load when they near the viewport: scroll there, as a reader would.
  await page.locator('[data-near-viewport]').scrollIntoViewIfNeeded();
  await expect(page.getByRole('figure', { name: 'Release chronology' })).toBeVisible();
  const results = await axe(page).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // Nothing is wider than the screen: wide tables and the chronology scroll inside their own regions.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the axe check itself reports violations (collecting violations only must not hide them)', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><title>x</title><main><h1>x</h1><img src="data:,"><button></button></main></html>',
  );
  const results = await axe(page).analyze();
  expect(results.violations.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
});
