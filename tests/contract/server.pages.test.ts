// @vitest-environment node
/**
 * The pages a build prerenders (build/prerender.ts) as the server sends them: /compare is compare.html, a deep
 * link with no page gets the plain shell (never the prerendered Overview), every page is marked for the app to
 * use this API, and a page prerendered from another dataset than the one served is sent as the shell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetFingerprint, FINGERPRINT_META } from '../../src/api/datasetFingerprint';
import type { Dataset } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { startServer } from '../../src/server/start';
import { loadStaticFiles, SERVER_MARK } from '../../src/server/staticFiles';
import { rawRequest } from './support/rawHttp';

const dist = mkdtempSync(join(tmpdir(), 'genscope-pages-'));
const page = (body: string, dataset = realDataset()) =>
  `<!doctype html><html><head>${FINGERPRINT_META(datasetFingerprint(dataset))}</head><body>${body}</body></html>`;
writeFileSync(join(dist, 'index.html'), page('PRERENDERED OVERVIEW'));
writeFileSync(join(dist, 'compare.html'), page('PRERENDERED COMPARE'));
writeFileSync(join(dist, 'shell.html'), '<!doctype html><html><head></head><body>PLAIN SHELL</body></html>');
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  rmSync(dist, { recursive: true, force: true });
});

async function serve(dataset: Dataset) {
  const running = await startServer({
    getDataset: () => dataset,
    files: await loadStaticFiles(dist),
    port: 0,
    host: '127.0.0.1',
    log: () => {},
    overrideGlobalObjects: false,
  });
  stops.push(running.stop);
  return async (path: string) => (await rawRequest(running.url, path)).body;
}

describe('prerendered pages', () => {
  it('/ and /compare get their prerendered page, deep links the shell; each is marked for this API', async () => {
    const get = await serve(realDataset());
    const answers = {
      '/': 'PRERENDERED OVERVIEW',
      '/compare': 'PRERENDERED COMPARE',
      '/compare?systems=veo': 'PRERENDERED COMPARE',
      '/sources': 'PLAIN SHELL',
      '/systems/veo': 'PLAIN SHELL',
      '/sources/': 'PLAIN SHELL',
    };
    for (const [path, body] of Object.entries(answers)) {
      const html = await get(path);
      expect(html, path).toContain(body);
      expect(html, path).toContain(SERVER_MARK);
    }
  });

  it('with another dataset than the build’s, prerendered pages are sent as the plain shell', async () => {
    const other = generateSyntheticDataset(realDataset(), { events: 200, seed: 3 });
    const get = await serve(other);
    for (const path of ['/', '/index.html', '/compare']) {
      const html = await get(path);
      expect(html, path).toContain('PLAIN SHELL');
      expect(html, path).not.toContain('PRERENDERED');
    }
  });
});
