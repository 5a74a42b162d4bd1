import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// E2E_PORT and E2E_DIST let several runs (or developers) share a machine without clobbering each other.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The HTTP server (npm run serve) over the same build, one port up; served.spec.ts compares it with the mock. */
const SERVER_PORT = PORT + 1;
process.env.E2E_SERVER_URL = `http://127.0.0.1:${SERVER_PORT}`;
const DIST = process.env.E2E_DIST ?? 'dist';
const RESULTS = process.env.E2E_RESULTS ?? 'test-results';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${RESULTS}/e2e.json` }]],
  outputDir: `${RESULTS}/artifacts`,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: (findChromium() as string | null) ?? undefined,
      // Playwright gives every launch a fresh, empty user-data dir of its own.
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node --import tsx src/server/main.ts',
      env: { PORT: String(SERVER_PORT), HOST: '127.0.0.1', GENSCOPE_DIST_DIR: DIST },
      url: `${process.env.E2E_SERVER_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
