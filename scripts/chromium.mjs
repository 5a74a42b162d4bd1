/**
 * Finds a Chromium for the end-to-end tests and benchmarks: CHROME_PATH, then the usual system paths, then
 * Playwright's own build. With none, and internet, it fetches Playwright's (`npx playwright install chromium`);
 * if that fails too it stops with a message saying how to install one. It never silently skips.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium quiet and self-contained on a machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? playwrightOwn();
}

/** The browser to use, installing Playwright's own Chromium when the machine has none. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found; fetching Playwright’s own (npx playwright install chromium)…');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const installed = r.status === 0 ? playwrightOwn() : null;
  if (installed) return installed;
  throw new Error(
    [
      'No Chromium is available for the end-to-end tests, and Playwright could not download one.',
      'Install one and run again, for example:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
      '  macOS:         install Google Chrome, or set CHROME_PATH=/path/to/chrome',
      '  anywhere:      CHROME_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
}
