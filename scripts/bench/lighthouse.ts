/** Lighthouse's performance category on a URL, in the system Chromium (lighthouse pinned to 12.2.3 for Node 20). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { percentile } from './stats';

export interface LighthouseResult {
  formFactor: 'mobile' | 'desktop';
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse's own desktop preset (lighthouse-core/config/desktop-config.js), mobile is its default. */
const DESKTOP = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
    throttling: {
      rttMs: 40,
      throughputKbps: 10240,
      cpuSlowdownMultiplier: 1,
      requestLatencyMs: 0,
      downloadThroughputKbps: 0,
      uploadThroughputKbps: 0,
    },
  },
} as const;

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium() as string,
    chromeFlags: (CHROMIUM_ARGS as string[]).filter((f) => f !== '--headless').concat('--headless=new'),
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error', maxWaitForLoad: 45_000 },
      formFactor === 'desktop' ? DESKTOP : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      formFactor,
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

/** `runs` runs, each figure the median of its own values; stops early (NaN) once `deadline` (epoch ms) passed. */
export async function lighthouseMedian(
  url: string,
  formFactor: 'mobile' | 'desktop',
  runs: number,
  deadline = Infinity,
): Promise<LighthouseResult & { runs: number }> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs && Date.now() < deadline; i++) results.push(await runLighthouse(url, formFactor));
  const median = (key: 'score' | 'fcpMs' | 'lcpMs' | 'tbtMs' | 'cls') =>
    percentile(
      results.map((r) => r[key]),
      50,
    );
  return {
    formFactor,
    runs: results.length,
    score: median('score'),
    fcpMs: median('fcpMs'),
    lcpMs: median('lcpMs'),
    tbtMs: median('tbtMs'),
    cls: median('cls'),
  };
}
