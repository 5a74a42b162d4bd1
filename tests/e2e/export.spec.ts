import { expect, test, type Locator } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { bytesOf, COMPARE_CHARTS, decodeInPage, exportAs, figure, pngSize, tableRows } from './support/exports';
import { DEFAULT_CLIP_BARS } from './support/dataset';

const CLIP = 'Maximum clip length';
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;

/** The frame's table view as rows of cell text, header first ("not disclosed" in words, as in the CSV). */
async function tableOnScreen(frame: Locator): Promise<string[][]> {
  const rows = await tableRows(frame);
  // As the CSV writes them: a length ("5 s", as the chart says it) a plain number; "not disclosed" in words.
  return rows.map((r) => r.map((c) => c.replace(/^(\d+(?:\.\d+)?) s$/, '$1')));
}

test('each export of one chart downloads a file that opens: PNG 1x/2x/4x, SVG, CSV', async ({ page }) => {
  await page.goto('/compare');
  const clip = figure(page, CLIP);
  await expect(clip.locator('svg .spec-bar')).toHaveCount(DEFAULT_CLIP_BARS);
  const cssWidth = await clip.evaluate((el) => el.getBoundingClientRect().width);

  let height1x = 0;
  for (const scale of [1, 2, 4]) {
    const download = await exportAs(clip, `PNG ${scale}x`);
    const suffix = scale === 1 ? '' : `-${scale}x`;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^genscope-compare-maximum-clip-length${suffix}-${DAY}\\.png$`),
    );
    const png = await bytesOf(download);
    const { width, height } = pngSize(png);
    expect(Math.abs(width - cssWidth * scale)).toBeLessThanOrEqual(scale);
    if (scale === 1) height1x = height;
    else expect(Math.abs(height - height1x * scale)).toBeLessThanOrEqual(scale);
    const decoded = await decodeInPage(page, png);
    expect(decoded).toMatchObject({ width, height, transparent: 0 });
    expect(decoded.colours, 'a chart, not a blank image').toBeGreaterThan(50);
  }

  const svgDownload = await exportAs(clip, 'SVG');
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^genscope-compare-maximum-clip-length-${DAY}\\.svg$`));
  const svg = (await bytesOf(svgDownload)).toString('utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).not.toMatch(/href="https?:/);
  expect(svg).not.toMatch(/url\((?!\s*(["']|&quot;)?#)/); // only url(#pattern) references inside the file
  expect(svg).not.toMatch(/<(script|foreignObject|image)\b/);
  expect(svg).not.toMatch(/<a\b|mark-link/); // the bars link on the page, never in the image
  const parsed = await page.evaluate(async (markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await img.decode();
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      title: doc.querySelector('title')?.textContent,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
      drawnWidth: img.naturalWidth,
    };
  }, svg);
  expect(parsed.errors).toBe(0);
  expect(parsed.title).toBe(CLIP);
  expect(parsed.drawnWidth).toBeGreaterThan(300);
  for (const part of [CLIP, 'Midjourney', 'Sora 2', 'Sources:', 'Genscope · dataset v', 'http://localhost'])
    expect(parsed.text).toContain(part);

  const csvDownload = await exportAs(clip, 'CSV');
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^genscope-compare-maximum-clip-length-${DAY}\\.csv$`));
  const csv = (await bytesOf(csvDownload)).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  // The table on screen, with its disclosure, the day it shows and the dataset on every row.
  const stamped = (await tableOnScreen(clip)).map((r, i) =>
    i === 0
      ? [...r, 'Disclosure', 'As of', 'Dataset']
      : [
          ...r,
          r.includes('not disclosed') ? expect.stringMatching(/^not disclosed: /) : 'complete',
          expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
          expect.stringMatching(/^Genscope \d/),
        ],
  );
  expect(rows).toEqual(stamped);
});

test('Download all on Compare gives one zip with each chart’s PNG, SVG and CSV and a sources.md', async ({ page }) => {
  await page.goto('/compare');
  await expect(figure(page, 'Release chronology').locator('svg')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all charts (zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^genscope-compare-charts-${DAY}\\.zip$`));
  const files = unzipSync(new Uint8Array(await bytesOf(download)));
  const names = Object.keys(files).map((n) => n.replace(new RegExp(`-${DAY}`), ''));
  const slugs = ['maximum-clip-length', 'maximum-output-resolution', 'capability-matrix'];
  slugs.push('api-price-per-second-of-video', 'clip-length-versus-price', 'what-a-clip-costs', 'release-chronology');
  const named = (s: string) => [
    `genscope-compare-${s}-2x.png`,
    `genscope-compare-${s}.svg`,
    `genscope-compare-${s}.csv`,
  ];
  expect(names.sort()).toEqual([...slugs.flatMap(named), 'sources.md'].sort());
  for (const [name, bytes] of Object.entries(files)) {
    expect(bytes.length, name).toBeGreaterThan(100);
    if (name.endsWith('.png')) pngSize(Buffer.from(bytes));
  }
  const sources = new TextDecoder().decode(files['sources.md']);
  for (const title of COMPARE_CHARTS) expect(sources).toContain(`## ${title}`);
  await expect(page.getByText(/^Saved genscope-compare-charts-/)).toBeVisible();
});

test('Copy image and Copy citation put the chart on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/compare?systems=sora,veo');
  const clip = figure(page, CLIP);
  await expect(clip.locator('svg .spec-bar')).toHaveCount(2);

  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy citation' }).click();
  await expect(clip.getByRole('status')).toHaveText('Citation copied to the clipboard');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`“${CLIP}”`);
  expect(citation).toMatch(
    /Genscope, dataset v\d+\.\d+\.\d+ of \d{1,2} \w{3} \d{4}, http.*\/compare\?systems=sora,veo \(accessed /,
  );
  expect(citation).toMatch(/\nSources:\n- /);

  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(clip.getByRole('status')).toHaveText('Image copied to the clipboard');
  const image = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bitmap = await createImageBitmap(await item!.getType('image/png'));
    return { types: item!.types, width: bitmap.width };
  });
  expect(image.types).toContain('image/png');
  const cssWidth = await clip.evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.abs(image.width - cssWidth * 2)).toBeLessThanOrEqual(2);
});

test('a refused clipboard says so, and what to do instead', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(navigator.clipboard, 'write', { value: refuse });
    Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse });
  });
  await page.goto('/compare');
  const clip = figure(page, CLIP);
  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(clip.getByRole('status')).toHaveText(
    'The browser refused to copy the image (Write permission denied.). Download the PNG instead.',
  );
  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy citation' }).click();
  await expect(clip.getByRole('status')).toHaveText('The browser refused to copy (Write permission denied.).');
});

test('in dark mode the image is dark by default, or light when chosen; the page stays dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/compare');
  const clip = figure(page, CLIP);
  await expect(clip.locator('svg .spec-bar')).toHaveCount(DEFAULT_CLIP_BARS);
  const pageBackground = await clip.evaluate((el) => getComputedStyle(el).backgroundColor);

  const dark = await decodeInPage(page, await bytesOf(await exportAs(clip, 'PNG 1x')));
  expect(dark.corner).toEqual([0x1a, 0x1d, 0x24, 255]);

  await clip.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: 'Light image' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Light image' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  const light = await decodeInPage(page, await bytesOf(await exportAs(clip, 'PNG 1x')));
  expect(light.corner).toEqual([255, 255, 255, 255]);
  const svg = (await bytesOf(await exportAs(clip, 'SVG'))).toString('utf8');
  expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  expect(await clip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(pageBackground);
});
