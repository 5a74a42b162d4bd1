/** Lighthouse's performance category on a URL, in the system Chromium (lighthouse pinned to 12.2.3 for Node 20). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error plain ESM helper shared with the e2e tests, no type declarations
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';

export interface LighthouseResult {
  formFactor: 'mobile' | 'desktop';
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium() as string,
    chromeFlags: (CHROMIUM_ARGS as string[]).filter((f) => f !== '--headless').concat('--headless=new'),
  });
  try {
    const desktop = formFactor === 'desktop';
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' },
      desktop
        ? {
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
          }
        : undefined,
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
