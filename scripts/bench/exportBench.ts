/**
 * In Chromium on the preview build: how long exporting the "Maximum clip length" frame on /compare takes, as PNG
 * at 1x, 2x and 4x and as SVG (goal: a 2x PNG in 150 ms or less at the median). The app writes a User Timing
 * measure around each export ("genscope export: PNG 2x"); this reads them after clicking the menu, so it times
 * the export itself in the page, not the clicks.
 */
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { ms, percentile, printTable } from './stats';

const FRAME = 'Maximum clip length';
const ITEMS = ['PNG 1x', 'PNG 2x', 'PNG 4x', 'SVG'] as const;

async function exportOnce(page: Page, item: string) {
  const frame = page.getByRole('figure', { name: FRAME });
  await frame.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  await frame
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor();
  await download.delete();
}

export interface ExportBenchRow {
  item: string;
  p50: number;
  p95: number;
}

export async function runExportBench(base: string, runs = 15): Promise<ExportBenchRow[]> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.goto(`${base}/compare`);
    await page.getByRole('figure', { name: FRAME }).locator('svg .spec-bar').first().waitFor();
    const rows: ExportBenchRow[] = [];
    for (const item of ITEMS) {
      await exportOnce(page, item); // warm-up, not counted
      await page.evaluate(() => performance.clearMeasures());
      for (let i = 0; i < runs; i++) await exportOnce(page, item);
      const samples = await page.evaluate(
        (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration),
        `genscope export: ${item}`,
      );
      rows.push({ item, p50: percentile(samples, 50), p95: percentile(samples, 95) });
    }
    printTable(
      `Export of “${FRAME}” on /compare (Chromium, 1280 px wide, ${runs} runs each after a warm-up)`,
      ['export', 'p50 ms', 'p95 ms', 'goal'],
      rows.map((r) => [r.item, ms(r.p50), ms(r.p95), r.item === 'PNG 2x' ? 'p50 ≤ 150 ms' : '']),
    );
    return rows;
  } finally {
    await browser.close();
  }
}
