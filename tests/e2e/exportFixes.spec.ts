/**
 * Export bugs found trying the app as an analyst would, each pinned by the test that failed before its fix:
 * images in the other theme, an export started with the mouse over a chart, and an empty chart.
 */
import { expect, test } from '@playwright/test';
import { bytesOf, contrast, exportAs, figure } from './support/exports';
import { pngDifference } from './support/goldens';
import { DEFAULT_CLIP_BARS } from './support/dataset';

const CLIP = 'Maximum clip length';

for (const [pageTheme, image] of [
  ['light', 'Dark image'],
  ['dark', 'Light image'],
] as const) {
  test(`a ${image.toLowerCase()} from the ${pageTheme} theme draws its title, legend and text visibly`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: pageTheme });
    await page.goto('/compare');
    const clip = figure(page, CLIP);
    await expect(clip.locator('svg .spec-bar')).toHaveCount(DEFAULT_CLIP_BARS);
    await clip.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitemradio', { name: image }).click();
    await page.keyboard.press('Escape');

    // The SVG: every text of the frame (title, subtitle, legend, notes, sources, footer) contrasts with the
    // background.
    const svg = (await bytesOf(await exportAs(clip, 'SVG'))).toString('utf8');
    const drawn = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const background = doc.querySelector('svg > rect')?.getAttribute('fill') ?? '';
      const texts = [...doc.querySelectorAll(':root > text, :root > g text')].filter((t) => !t.closest('svg svg'));
      return {
        background,
        texts: texts.map((t) => ({ text: t.textContent ?? '', fill: t.getAttribute('fill') ?? '' })),
      };
    }, svg);
    expect(drawn.texts.map((t) => t.text)).toEqual(expect.arrayContaining([CLIP, 'Midjourney']));
    for (const t of drawn.texts) expect(contrast(t.fill, drawn.background), t.text).toBeGreaterThan(3);

    // The PNG: the title's band has pixels in a colour that stands out from the background.
    const png = await bytesOf(await exportAs(clip, 'PNG 1x'));
    const title = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 12, 300, 30); // the title's line, under the frame's padding
      const [r0, g0, b0] = ctx.getImageData(0, 0, 1, 1).data;
      const pixels: string[] = [];
      for (let i = 0; i < data.length; i += 4) pixels.push(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`);
      return { background: `rgb(${r0}, ${g0}, ${b0})`, pixels };
    }, png.toString('base64'));
    const strong = title.pixels.filter((p) => contrast(p, title.background) > 4.5);
    expect(strong.length, 'pixels of the title that stand out').toBeGreaterThan(100);
  });
}

test('an empty chart exports no empty sources line and says there is nothing to draw', async ({ page }) => {
  await page.goto('/compare?asOf=2023-01-01');
  const clip = figure(page, CLIP);
  await expect(clip.getByText(/^Nothing to draw/)).toHaveCount(2); // in place of the chart, and its description
  const svg = (await bytesOf(await exportAs(clip, 'SVG'))).toString('utf8');
  const text = await page.evaluate(
    (markup) =>
      [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent),
    svg,
  );
  expect(text).toContain('Nothing to draw: no version of this selection was out by 1 Jan 2023.');
  expect(text.join(' | ')).not.toMatch(/Sources:/);
});

test('Events per month exported with the mouse, the menu over the plot, has no tooltip or highlight in it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 }); // the menu opens at the right, over the bars
  await page.goto('/timeline');
  const frame = figure(page, 'Events per month');
  const plot = frame.locator('.recharts-wrapper > svg');
  await expect(plot).toBeVisible();
  await expect(frame.locator('[data-frame-footer]')).toContainText('dataset v');
  // The exporter's code arrives a moment late, as on a slow connection or machine: time for the pointer, left
  // over the plot when the menu closes, to show the plot's hover state.
  await page.context().route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  // The pointer comes up from under the chart, across the plot, to the menu.
  await frame.locator('[data-frame-footer]').hover();
  await frame.getByRole('button', { name: 'Export' }).click();
  // The first PNG item of the menu that lies over the bars.
  const plotTop = (await plot.boundingBox())!.y;
  const boxes = await Promise.all(
    [1, 2, 4].map((n) => page.getByRole('menuitem', { name: `PNG ${n}x`, exact: true }).boundingBox()),
  );
  const index = boxes.findIndex((b) => b && b.y > plotTop + 4);
  expect(index, 'a PNG item of the menu lies over the plot').toBeGreaterThanOrEqual(0);
  const item = boxes[index]!;
  await page.mouse.move(item.x + item.width / 2, item.y + item.height / 2, { steps: 5 });
  const byMouse = page.waitForEvent('download');
  await page.mouse.down();
  await page.mouse.up();
  const withMouse = await bytesOf(await byMouse);

  // The same export from the keyboard, the pointer away from the chart.
  await page.mouse.move(0, 0);
  await frame.getByRole('button', { name: 'Export' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const { share, sizes } = pngDifference(await bytesOf(download), withMouse);
  expect(sizes[0]).toBe(sizes[1]);
  // Two exports of one view on one machine are the same to the pixel: a tooltip (about 0.4 % of a wide chart,
  // mostly white on white) is well over this.
  expect(share, 'share of pixels that differ from the export made without the mouse').toBeLessThan(0.0005);
});
