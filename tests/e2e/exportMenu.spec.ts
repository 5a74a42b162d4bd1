import { expect, test } from '@playwright/test';
import { COMPARE_CHARTS, figure } from './support/exports';

const CLIP = 'Maximum clip length';

test('the menu works from the keyboard and the footer fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/compare');
  await page.locator('[data-near-viewport]').scrollIntoViewIfNeeded(); // the charts load near the viewport
  const clip = figure(page, CLIP);
  await expect(
    clip.getByText(
      /^Genscope · dataset v[\d.]+ of \d+ \w{3} \d{4} · http:\/\/localhost:\d+\/compare · \d{1,2} \w{3} \d{4}$/,
    ),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const button = clip.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'PNG 1x' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'SVG' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('every chart frame on Overview, Compare, a system page and the Timeline has the export menu', async ({ page }) => {
  const PAGES = [
    { path: '/', charts: ['Maximum clip length', 'Maximum output resolution', 'Release chronology'] },
    { path: '/compare', charts: COMPARE_CHARTS },
    { path: '/systems/veo', charts: ['Veo: events over time'] },
    { path: '/timeline', charts: ['Events per month', 'Who moved when'] },
  ];
  for (const { path, charts } of PAGES) {
    await page.goto(path);
    for (const name of charts) await expect(figure(page, name).getByRole('button', { name: 'Export' })).toBeVisible();
    await expect(page.locator('figure[data-chart-frame]')).toHaveCount(charts.length);
    await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(charts.length);
  }
});
