/**
 * A first visit per route, two ways. From the build's manifest: the JS and CSS the route needs before the app
 * shows its main content (scripts/routeAssets.mjs, what the budget checks). In Chromium: the JS and CSS files
 * actually requested, in a fresh profile (no cache, no service worker yet), before the app itself has drawn the
 * route's main content (not a static copy of it), and how long that took. Bytes are the gzip size (level 9) of
 * each file requested, so the figures do not depend on the preview server's compression.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { FIRST_SCREEN_ROUTES, firstVisitCost, gzipBytes } from '../routeAssets.mjs';
import type { Build } from './builds';
import { percentile } from './stats';

export interface RouteCost {
  name: string;
  path: string;
  jsBytes: number;
  cssBytes: number;
  /** The page itself, with what it carries (prerendered HTML, first data). */
  htmlBytes?: number;
}

/** The route's main content, drawn by the app (a prerendered copy is inside [data-prerendered]). */
const MAIN_CONTENT: Record<string, string> = {
  Overview: '#root .cards .card',
  Compare: '#root .compare-controls',
  Timeline: '#root .event-scroller__row',
};

export const staticCost = (build: Build): RouteCost[] => firstVisitCost(build.dist);

export interface MeasuredVisit extends RouteCost {
  /** ms from navigation start until the app drew the main content (median of the runs). */
  contentMs: number;
}

async function visitOnce(browser: Browser, build: Build, base: string, route: { name: string; path: string }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const files = new Set<string>();
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === base && /\.(m?js|css)$/.test(url.pathname)) files.add(url.pathname.slice(1));
    });
    const page = await context.newPage();
    await page.goto(base + route.path, { waitUntil: 'commit' });
    const selector = MAIN_CONTENT[route.name]!;
    const handle = await page.waitForFunction(
      (sel) => !document.querySelector('[data-prerendered]') && document.querySelector(sel) && performance.now(),
      selector,
      { polling: 'raf', timeout: 30_000 },
    );
    const contentMs = (await handle.jsonValue()) as number;
    const seen = [...files].filter((f) => existsSync(join(build.dist, f)));
    const js = seen.filter((f) => !f.endsWith('.css'));
    const css = seen.filter((f) => f.endsWith('.css'));
    return { contentMs, jsBytes: gzipBytes(build.dist, js), cssBytes: gzipBytes(build.dist, css) };
  } finally {
    await context.close();
  }
}

/** `runs` fresh visits per route; medians. */
export async function measureVisits(build: Build, base: string, runs = 3): Promise<MeasuredVisit[]> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const out: MeasuredVisit[] = [];
    for (const { name, path } of FIRST_SCREEN_ROUTES) {
      const visits: Awaited<ReturnType<typeof visitOnce>>[] = [];
      for (let i = 0; i < runs; i++) visits.push(await visitOnce(browser, build, base, { name, path }));
      const median = (key: 'contentMs' | 'jsBytes' | 'cssBytes') =>
        percentile(
          visits.map((v) => v[key]),
          50,
        );
      out.push({
        name,
        path,
        jsBytes: median('jsBytes'),
        cssBytes: median('cssBytes'),
        contentMs: median('contentMs'),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}
