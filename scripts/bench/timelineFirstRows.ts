/**
 * /timeline?dataset=synthetic-100k in a fresh profile: ms from navigation start until the first rows of the
 * event list are on screen (the mock API generates, checks and indexes 100,000 events first). Median of `runs`.
 */
import { chromium } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { percentile } from './stats';

export async function timelineFirstRows(base: string, runs = 3): Promise<number> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/timeline?dataset=synthetic-100k`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const row = document.querySelector('#root .event-scroller__row');
          const rect = row?.getBoundingClientRect();
          return !!rect && rect.height > 0 && performance.now();
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      samples.push((await handle.jsonValue()) as number);
      await context.close();
    }
    return percentile(samples, 50);
  } finally {
    await browser.close();
  }
}
