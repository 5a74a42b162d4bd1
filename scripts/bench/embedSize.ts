/**
 * In Chromium on the preview build: the JavaScript a first visit to an embedded chart loads (/embed/<chart id>),
 * gzipped as a server would send it, split into the app's own code and the in-page mock API (MSW, which an embed
 * whose page carries its data, or a build behind `npm run serve` or with VITE_API_BASE_URL, does not load),
 * beside a first visit to /compare.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { printTable } from './stats';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Every script a fresh page loads until `figure` is drawn: file name and gzipped bytes. */
async function scriptsOf(base: string, path: string, figure: string) {
  const browser = await chromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS as string[],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<{ name: string; gzip: number }>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      bodies.push(r.body().then((b) => ({ name: new URL(r.url()).pathname, gzip: gzipSync(b, { level: 9 }).length })));
    });
    await page.goto(base + path);
    await page.getByRole('figure', { name: figure }).locator('svg').first().waitFor();
    return await Promise.all(bodies);
  } finally {
    await browser.close();
  }
}

export async function runEmbedSize(base: string): Promise<void> {
  const rows: string[][] = [];
  for (const [label, path, figure] of [
    ['/embed/max-clip-length (one chart)', '/embed/max-clip-length', 'Maximum clip length'],
    ['/compare (the whole page)', '/compare', 'Maximum clip length'],
  ] as const) {
    const files = await scriptsOf(base, path, figure);
    const mock = files.filter((f) => /\/(browser|mockServiceWorker)[^/]*\.js$/.test(f.name));
    const total = files.reduce((n, f) => n + f.gzip, 0);
    const mockBytes = mock.reduce((n, f) => n + f.gzip, 0);
    rows.push([label, String(files.length), kb(total), kb(total - mockBytes), kb(mockBytes)]);
  }
  printTable(
    'First-visit JavaScript, gzip (level 9), preview build',
    ['page', 'scripts', 'all KB', 'app KB', 'mock API and data KB'],
    rows,
  );
}
