/**
 * Screenshots of the app for a person to look at (and the README): light and dark, narrow and wide.
 * Usage: node scripts/screenshots.mjs [baseURL] [outDir] [path …]   (a server must be running at baseURL)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const [base = 'http://localhost:4173', out = '.tmp/screens', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/compare', '/timeline', '/systems/veo', '/sources'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark']) {
  for (const [label, width] of [
    ['wide', 1280],
    ['narrow', 375],
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      // The page has settled once its main heading shows and the charts have had a moment to draw.
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Charts below the fold load as they near the viewport: scroll down the page, then back to the top.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 800) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(150);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(800);
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}-${scheme}-${label}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
