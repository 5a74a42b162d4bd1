/**
 * From "what" to "why": a chart's mark opens its version, the version its events, and Back retraces the steps.
 * Marks work by pointer and by keyboard; the fixes found trying it stay fixed.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const figure = (page: Page, name: string) => page.getByRole('figure', { name });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Tabs from the frame's Export button until a mark of the chart has focus; returns its accessible name. */
async function tabToFirstMark(frame: Locator): Promise<string> {
  const page = frame.page();
  await frame.getByRole('button', { name: 'Export' }).focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() =>
      document.activeElement?.classList.contains('mark-link')
        ? document.activeElement.getAttribute('aria-label')
        : null,
    );
    if (name) return name;
  }
  throw new Error('no mark reached by Tab');
}

test('a Compare bar opens its version, the version its events, and Back returns to the same Compare', async ({
  page,
}) => {
  const start = '/compare?systems=sora,veo&versions=sora-2,veo-3';
  await page.goto(start);
  const price = figure(page, 'API price per second of video');
  const bar = price.getByRole('link', { name: /^Veo 3: \$0\.40\/s.* — open version$/ });
  await expect(bar).toHaveAttribute('href', '/systems/veo?version=veo-3');
  await bar.click();

  await expect(page).toHaveURL(/\/systems\/veo\?version=veo-3$/);
  const section = page.getByRole('region', { name: 'Veo 3 retired' });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();

  await section.getByRole('link', { name: /^Events of Veo from 20 May 2025 to 30 Jun 2026 on the timeline$/ }).click();
  await expect(page).toHaveURL(/\/timeline\?system=veo&from=2025-05&to=2026-06$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/systems\/veo\?version=veo-3$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${start.replace(/[?]/g, '\\?')}$`));
  await expect(price.getByRole('link', { name: /^Veo 3: / })).toBeVisible();
});

test('by keyboard: Tab reaches a bar, its focus ring shows, Enter opens its version', async ({ page }) => {
  await page.goto('/compare?systems=veo&versions=veo-3');
  const clip = figure(page, 'Maximum clip length');
  const name = await tabToFirstMark(clip);
  expect(name).toMatch(/^Veo 3: .* — open version$/);
  const ring = clip.locator('.mark-link:focus .mark-link__ring');
  await expect(ring).toHaveCSS('stroke-width', '3px');
  expect(await ring.evaluate((el) => getComputedStyle(el).stroke)).not.toBe('none');
  // The focused bar shows the tooltip a pointer would, Escape hides it, and Enter still opens the version.
  await expect(clip.getByRole('tooltip')).toContainText(/^Veo 3.*Max clip length: /);
  await page.keyboard.press('Escape');
  await expect(clip.getByRole('tooltip')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/systems\/veo\?version=veo-3$/);
  await expect(page.getByRole('region', { name: 'Veo 3 retired' })).toBeFocused();
});

test("a version's name on a bar chart's axis opens that version, like its bar", async ({ page }) => {
  await page.goto('/compare?systems=sora,veo&versions=sora-2,veo-3');
  await figure(page, 'API price per second of video')
    .getByRole('link', { name: 'Veo 3 in Price — open version' })
    .click();
  await expect(page).toHaveURL(/\/systems\/veo\?version=veo-3$/);
  await expect(page.getByRole('region', { name: 'Veo 3 retired' })).toBeFocused();
});

test('by keyboard: a chronology point and an event dot open what they show', async ({ page }) => {
  await page.goto('/compare?systems=sora&versions=sora-2');
  const chronology = figure(page, 'Release chronology');
  const point = chronology.getByRole('link', { name: 'Sora 2: released 30 Sep 2025 — open version' });
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/systems\/sora\?version=sora-2$/);

  const events = figure(page, 'Sora: events over time');
  const name = await tabToFirstMark(events);
  expect(name).toMatch(/, \d{1,2} \w{3} 20\d\d — open on the timeline$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline\?system=sora&event=[\w-]+$/);
});

test('the as-of label does not overlap any version label of the chronology', async ({ page }) => {
  for (const asOf of ['2025-06-01', '2024-03-01']) {
    await page.goto(`/compare?asOf=${asOf}`);
    const chart = figure(page, 'Release chronology');
    const label = chart.locator('.chart-asof__label');
    await expect(label).toBeVisible();
    const box = (await label.boundingBox())!;
    const labels = chart.locator('.chronology-point text');
    for (let i = 0; i < (await labels.count()); i++) {
      const other = (await labels.nth(i).boundingBox())!;
      expect(overlaps(box, other), `as of ${asOf}: "${await labels.nth(i).textContent()}"`).toBe(false);
    }
  }
});

for (const width of [375, 1280]) {
  test(`at ${width} px the stacked spec tables of a system are all as wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/systems/veo');
    await expect(page.locator('.spec-table').first()).toBeVisible();
    const widths = await page
      .locator('.spec-table')
      .evaluateAll((ts) => ts.map((t) => `${t.clientWidth}/${(t as HTMLTableElement).rows[0]!.cells[0]!.clientWidth}`));
    expect(widths.length).toBeGreaterThan(3);
    // The tables and their label columns: one width each.
    expect(new Set(widths).size).toBe(1);
  });
}

test('at 375 px the diff and the matrix say they scroll, and the keyboard scrolls them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare?systems=sora,veo&diff=veo-2,veo-3');
  for (const name of ['Differences between the two versions', 'Capability matrix']) {
    const region = page.getByRole('group', { name, exact: true });
    await expect(region).toHaveAccessibleDescription('Scroll for more columns →');
    await region.scrollIntoViewIfNeeded();
    await expect(page.getByText('Scroll for more columns →').first()).toBeVisible();
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(
    page.getByRole('group', { name: 'Differences between the two versions' }),
  ).not.toHaveAccessibleDescription('Scroll for more columns →');
});
