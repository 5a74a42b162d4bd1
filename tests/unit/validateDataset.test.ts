// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset, validateDatasetFolder } from '../../build/validateDataset';

const root = mkdtempSync(join(tmpdir(), 'genscope-validate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of mock-data/ with one file changed. */
function datasetWith(name: string, file: string, change: (rows: Record<string, unknown>[]) => void): string {
  const dir = join(root, name);
  cpSync('mock-data', dir, { recursive: true });
  const rows = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
  change(rows);
  writeFileSync(join(dir, file), JSON.stringify(rows));
  return dir;
}

/** Builds a one-line app with only the plugin, in memory; returns its code. */
async function buildWith(dataDir: string): Promise<string> {
  const app = join(root, `app-${Math.random().toString(36).slice(2)}`);
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  writeFileSync(join(app, 'main.js'), 'console.log(import.meta.env.GENSCOPE_DATASET_CHECKED === "true");\n');
  const out = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    plugins: [validateDataset(dataDir)],
    build: { write: false, minify: false },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs.flatMap((o) => o.output.map((f) => f.code ?? '')).join('\n');
}

describe('build-time validation of mock-data/', { timeout: 60_000 }, () => {
  it('accepts the real dataset, and tells the browser build it was checked', async () => {
    await expect(validateDatasetFolder('mock-data')).resolves.toBeUndefined();
    expect(await buildWith('mock-data')).toMatch(/console\.log\(true\)|console\.log\("true" === "true"\)/);
  });

  it('refuses a bad record, naming the file, the record and the field, and the build fails with it', async () => {
    const bad = datasetWith('bad-date', 'events.json', (rows) => void (rows[3]!.date = '2025-13-45'));
    await expect(validateDatasetFolder(bad)).rejects.toThrow(/events\.json record 3 \(id "[^"]+"\), field date/);
    await expect(buildWith(bad)).rejects.toThrow(/The dataset is invalid: .*events\.json record 3/);
  });

  it('refuses a file that parsing would change, since the browser serves the files as they are', async () => {
    const extra = datasetWith('extra-field', 'companies.json', (rows) => void (rows[0]!.ceo = 'someone'));
    await expect(validateDatasetFolder(extra)).rejects.toThrow(/parsing companies\.json changes it/);
  });
});
