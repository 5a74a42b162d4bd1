/**
 * Load on the real HTTP server (npm run serve's entry point, in its own process) over the 100,000-event synthetic
 * dataset: requests per second and p50/p99 latency for /events with three filter sets and for /events/facets.
 * Bounded: a warm-up, then at most 3,000 requests or 10 s per row; loopback only; any error fails the bench.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realDataset } from '../../src/mocks/dataset';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { writeDatasetFolder } from '../datasetFolder';
import { runLoad } from './loadLoop';
import { ms } from './stats';

export const LOAD_ROWS: [string, string][] = [
  ['/events?company=meta', '/api/v1/events?company=meta'],
  [
    '/events?type=release,partnership&from=2025-01&to=2025-06',
    '/api/v1/events?type=release,partnership&from=2025-01&to=2025-06',
  ],
  ['/events?company=openai,google&q=studio licence', '/api/v1/events?company=openai,google&q=studio%20licence'],
  ['/events/facets (no filter: all 100,000 events)', '/api/v1/events/facets'],
];
const CONCURRENCY = 16;
const HEADERS = { 'accept-encoding': 'br, gzip', accept: 'application/json' };

async function startServerProcess(dataDir: string, distDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', GENSCOPE_DATA_DIR: dataDir, GENSCOPE_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    let found = false;
    // Request logs keep coming: read them all (a full pipe would stall the server), keep only the first line.
    child.stdout.on('data', (chunk: Buffer) => {
      if (found) return;
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.includes('"listening"'));
      if (!line) return;
      found = true;
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
  });
  return { url, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

export async function runServerLoad(events = 100_000) {
  const root = mkdtempSync(join(tmpdir(), 'genscope-load-'));
  writeDatasetFolder(generateSyntheticDataset(realDataset(), { events, seed: 1 }), join(root, 'data'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const t0 = performance.now();
  const server = await startServerProcess(join(root, 'data'), join(root, 'dist'));
  const startMs = performance.now() - t0;
  const rows: (string | number)[][] = [];
  let errors = 0;
  try {
    for (const [name, path] of LOAD_ROWS) {
      await runLoad(server.url, path, { concurrency: 4, maxRequests: 100, maxSeconds: 5, headers: HEADERS });
      const r = await runLoad(server.url, path, {
        concurrency: CONCURRENCY,
        maxRequests: 3000,
        maxSeconds: 10,
        headers: HEADERS,
      });
      errors += r.errors;
      rows.push([name, r.requests, r.errors, Math.round(r.rps), ms(r.p50), ms(r.p99), (r.meanBytes / 1024).toFixed(1)]);
    }
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
  if (errors) throw new Error(`${errors} requests failed under load`);
  return { rows, startMs, events, concurrency: CONCURRENCY };
}
