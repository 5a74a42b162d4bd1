/**
 * The cost chart follows its inputs and its CSV is its table; the bar charts' log scale and sort survive a reload
 * (they live in the URL).
 */
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { bytesOf, exportAs, figure, tableRows } from './support/exports';

test('the cost chart follows its inputs, and its CSV is exactly its table', async ({ page }) => {
  await page.goto('/compare?systems=veo&versions=veo-3-1,veo-3-1-fast');
  const cost = figure(page, 'What a clip costs');
  const inputs = page.getByRole('group', { name: 'The clip to price' });
  const veo31 = async () => (await tableRows(cost)).find((r) => r[0] === 'Veo 3.1')!;
  expect((await veo31()).slice(0, 3)).toEqual(['Veo 3.1', 'Google (DeepMind)', '$12.80']); // 30 s: 4 × 8 s at $0.40

  await inputs.getByLabel('Length (seconds)').fill('8');
  await inputs.getByLabel('Output height').selectOption('2160');
  await expect(page).toHaveURL(/clip=8/);
  await expect(page).toHaveURL(/res=2160/);
  await expect(cost).toContainText('US dollars for a 8 s at 2160p with sound');
  expect((await veo31()).slice(0, 3)).toEqual(['Veo 3.1', 'Google (DeepMind)', '$4.80']); // 1 × 8 s at $0.60
  await expect(cost.locator('svg .spec-bar').first()).toContainText('$4.8');

  const csv = (await bytesOf(await exportAs(cost, 'CSV'))).toString('utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const shown = await tableRows(cost);
  // The table says values as the chart does ($4.80, 8 s, 2160p); the CSV keeps plain numbers.
  const plain = (c: string) => {
    const m = c.match(/^\$?(-?\d[\d,]*(?:\.\d+)?)(?:\/s| s|p| fps)?$/);
    return m ? String(Number(m[1]!.replace(/,/g, ''))) : c;
  };
  expect(rows.map((r) => r.slice(0, shown[0]!.length).map(plain))).toEqual(shown.map((r) => r.map(plain)));
  expect(rows[0]!.slice(shown[0]!.length)).toEqual(['Disclosure', 'As of', 'Dataset']);
});

test('the log scale and the sort survive a reload', async ({ page }) => {
  await page.goto('/compare');
  const clip = figure(page, 'Maximum clip length');
  await expect(clip.locator('svg .spec-bar').first()).toBeVisible();
  const controls = page.getByRole('group', { name: 'Bar charts' });
  await controls.getByRole('button', { name: 'Log scale' }).click();
  await controls.getByLabel('Sort bars').selectOption('value');
  await expect(page).toHaveURL(/scale=log/);
  await expect(page).toHaveURL(/sort=value/);
  const order = async () => (await tableRows(clip)).slice(1).map((r) => r[0]);
  const sorted = await order();

  await page.reload();
  await expect(clip.locator('svg .spec-bar').first()).toBeVisible();
  await expect(controls.getByRole('button', { name: 'Log scale' })).toHaveAttribute('aria-pressed', 'true');
  await expect(controls.getByLabel('Sort bars')).toHaveValue('value');
  await expect(clip).toContainText('seconds (log scale)');
  expect(await order()).toEqual(sorted);
  expect(sorted.at(-1)).toBe('Imagine with Meta AI: Vibes'); // not disclosed: last
});

test('at 375 px every label of the length-versus-price chart stays inside it, a shared one stacked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/compare?systems=sora,veo&versions=sora-2,sora-2-pro,veo-3,veo-3-1,veo-3-1-fast,veo-2');
  const frame = figure(page, 'Clip length versus price');
  await frame.scrollIntoViewIfNeeded();
  const svg = frame.locator('.recharts-wrapper > svg');
  await expect(frame.locator('text.chart-label').first()).toBeVisible();
  const box = (await svg.boundingBox())!;
  const labels = await frame
    .locator('text.chart-label')
    .evaluateAll((els) => els.map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() })));
  expect(labels.map((l) => l.text)).toContain('Veo 3 (retired)Veo 3.1'); // two names, two lines
  for (const l of labels.filter((l) => l.text)) {
    expect(l.left, l.text!).toBeGreaterThanOrEqual(box.x);
    expect(l.right, l.text!).toBeLessThanOrEqual(box.x + box.width);
  }
});
