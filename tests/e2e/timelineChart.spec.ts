import { expect, test, type Locator, type Page } from '@playwright/test';
import { monthsBetween } from '../../src/data/dates';
import { realDataset } from '../../src/mocks/dataset';

/** The months on the density chart's axis: the dataset's whole span, one band each. */
const months = (() => {
  const all = realDataset()
    .events.map((e) => e.date.slice(0, 7))
    .sort();
  return monthsBetween(all[0]!, all.at(-1)!);
})();

const densityPlot = (page: Page) =>
  page.getByRole('figure', { name: 'Events per month' }).locator('.recharts-cartesian-grid');

/** The middle of a month's band on the plot, in page coordinates. */
async function bandCentre(plot: Locator, month: string) {
  const box = (await plot.boundingBox())!;
  const band = box.width / months.length;
  return { x: box.x + band * (months.indexOf(month) + 0.5), y: box.y + box.height * 0.6 };
}

async function openChart(page: Page) {
  await page.goto('/timeline');
  const plot = densityPlot(page);
  await expect(plot).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  return plot;
}

const hovered = months[2]!;
const target = months.at(-2)!;

test('a click on the month chart with no hover over it first filters to the month under the pointer', async ({
  page,
}) => {
  const plot = await openChart(page);
  const first = await bandCentre(plot, hovered);
  await page.mouse.move(first.x, first.y);
  await expect(page.getByRole('figure', { name: 'Events per month' }).locator('.chart-tooltip')).toBeVisible();
  // The click moves straight to another month and presses there: no hover of that month comes first.
  const there = await bandCentre(plot, target);
  await page.mouse.click(there.x, there.y);
  await expect(page).toHaveURL(new RegExp(`from=${target}&to=${target}`));
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });
  test('a tap on the month chart filters to the tapped month', async ({ page }) => {
    const plot = await openChart(page);
    const first = await bandCentre(plot, hovered);
    await page.mouse.move(first.x, first.y);
    const there = await bandCentre(plot, target);
    await page.touchscreen.tap(there.x, there.y);
    await expect(page).toHaveURL(new RegExp(`from=${target}&to=${target}`));
  });
});

for (const dataset of ['synthetic-10k', 'synthetic-100k']) {
  test(`${dataset}: the month chart's y-axis shows round counts with separators, none clipped`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/timeline?dataset=${dataset}`);
    const frame = page.getByRole('figure', { name: 'Events per month' });
    const labels = frame.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(labels.first()).toBeVisible({ timeout: 30_000 });
    const texts = await labels.allTextContents();
    for (const t of texts) expect(t).toMatch(/^\d{1,3}(,\d{3})*$/);
    const values = texts.map((t) => Number(t.replaceAll(',', '')));
    const step = values[1]! - values[0]!;
    expect(values[0]).toBe(0);
    expect(values).toEqual(values.map((_, i) => i * step));
    // A round step: 1, 2, 2.5 or 5 times a power of ten.
    expect([1, 2, 2.5, 5]).toContain(step / 10 ** Math.floor(Math.log10(step)));
    // Every label lies wholly inside the chart: none loses a digit at the edge.
    const svg = (await frame.locator('.recharts-wrapper > svg.recharts-surface').boundingBox())!;
    for (const box of await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left)))
      expect(box).toBeGreaterThanOrEqual(svg.x);
  });
}

test('a swim lane’s dot opens its company’s events of that month, the rest of the view kept', async ({ page }) => {
  await page.goto('/timeline?type=release');
  const lanes = page.getByRole('figure', { name: 'Who moved when' });
  await lanes.scrollIntoViewIfNeeded();
  const dot = lanes.getByRole('link', { name: /^Meta, \w+ \d{4}: \d+ events? — show them$/ }).last();
  const [, when, count] = /^Meta, (\w+ \d{4}): (\d+)/.exec((await dot.getAttribute('aria-label'))!)!;
  // Focused, it shows the tooltip a pointer would (recharts' own keyboard tooltip would name another dot).
  await dot.focus();
  await expect(lanes.getByRole('tooltip')).toHaveText(new RegExp(`^Meta, ${when}${count} events?:`));
  await dot.click();
  const url = new URL(page.url());
  expect(url.searchParams.get('company')).toBe('meta');
  expect(url.searchParams.get('type')).toBe('release');
  expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ events? of/ })).toHaveText(
    new RegExp(`^${count} events? of`),
  );
  await expect(page.getByRole('region', { name: 'Events' }).getByRole('heading', { level: 3 }).first()).toContainText(
    when!,
  );
});
