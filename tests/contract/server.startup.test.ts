// @vitest-environment node
/**
 * Start-up and shutdown of the HTTP server: the dataset folder is validated with the app's schema and a bad one
 * stops the start with a message naming the record; `npm run serve` (src/server/main.ts) refuses bad settings,
 * logs as JSON, and on SIGTERM finishes what is in flight and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { loadDataset } from '../../src/server/loadDataset';
import { fakeBuild } from './support/fakeBuild';
import { rawRequest } from './support/rawHttp';
import { serverTarget } from './support/targets';
import { startTestServer } from './support/testServer';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Json = Record<string, unknown>[];
/** A copy of mock-data/ with one file changed. */
function brokenCopy(file: string, change: (rows: Json) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'genscope-data-'));
  temps.push(dir);
  cpSync('mock-data', dir, { recursive: true });
  const path = join(dir, file);
  const changed = change(JSON.parse(readFileSync(path, 'utf8')) as Json);
  writeFileSync(path, typeof changed === 'string' ? changed : JSON.stringify(changed));
  return dir;
}

const events = realDataset().events;

describe('loading a dataset folder', () => {
  it('reads mock-data/ into exactly the dataset the mock serves', async () => {
    expect(await loadDataset('mock-data')).toEqual(realDataset());
  });

  it.each([
    [
      'an impossible date',
      brokenCopy('events.json', (rows) => rows.map((e, i) => (i === 3 ? { ...e, date: '2025-02-30' } : e))),
      `events.json record 3 (id "${events[3]!.id}"), field date`,
    ],
    [
      'a missing field',
      brokenCopy('companies.json', (rows) => rows.map(({ name: _, ...c }, i) => (i === 1 ? c : { name: _, ...c }))),
      'companies.json record 1 (id "',
    ],
    ['a meta field', brokenCopy('meta.json', (m) => ({ ...m, updatedAt: 'soon' })), 'meta.json at updatedAt'],
    ['a file that is not JSON', brokenCopy('sources.json', () => '[{"id": '), 'sources.json is not JSON'],
    [
      'a repeated id',
      brokenCopy('events.json', (rows) => [...rows, rows[0]]),
      `events/${events[0]!.id} · id: the id "${events[0]!.id}" is used twice`,
    ],
    [
      'an unknown company',
      brokenCopy('events.json', (rows) => rows.map((e, i) => (i === 5 ? { ...e, companyIds: ['nope'] } : e))),
      `events/${events[5]!.id} · companyIds[0]: company "nope" does not exist`,
    ],
  ])('refuses %s, naming the record', async (_, dir, named) => {
    await expect(loadDataset(dir)).rejects.toThrow(named);
  });

  it('refuses a folder without the files', async () => {
    await expect(loadDataset(join(tmpdir(), 'genscope-nowhere'))).rejects.toThrow(/cannot read .*meta\.json: ENOENT/);
  });
});

const children: ChildProcess[] = [];
// A failed assertion must not leave a server running.
afterEach(() => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

function runServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
  });
  children.push(child);
  const out: string[] = [];
  let err = '';
  child.stdout.on('data', (d: Buffer) => out.push(...d.toString().trim().split('\n')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = async (event: string) => {
    for (let i = 0; i < 200; i++) {
      const found = out.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === event);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${event}" line; stderr: ${err}`);
  };
  return { child, out, exited, line, stderr: () => err };
}

describe('npm run serve', () => {
  const { root, dist } = fakeBuild();
  temps.push(root);

  it('refuses to start on a bad dataset with exit code 1 and one line naming the record', async () => {
    const dir = brokenCopy('events.json', (rows) => rows.map((e, i) => (i === 2 ? { ...e, type: 'rumour' } : e)));
    const run = runServer({ GENSCOPE_DATA_DIR: dir, GENSCOPE_DIST_DIR: dist });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(`refused to start: the dataset in ${dir} is invalid: events.json record 2`);
    expect(run.stderr()).toContain(`(id "${events[2]!.id}"), field type`);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ GENSCOPE_DIST_DIR: join(root, 'nothing') }, 'run npm run build first'],
  ])('refuses a bad setting %j', async (env, message) => {
    const run = runServer({ GENSCOPE_DIST_DIR: dist, ...env });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(message);
  });

  it('logs JSON lines, serves, and on SIGTERM stops and exits 0', async () => {
    const run = runServer({ GENSCOPE_DIST_DIR: dist });
    const { url } = (await run.line('listening')) as { url: string };
    expect((await serverTarget(url).get('/healthz')).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const lines = run.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ method: 'GET', path: '/healthz', status: 200 }));
    expect(lines.map((l) => l.event).filter(Boolean)).toEqual(['listening', 'stopping', 'stopped']);
  });
});

describe('graceful stop', () => {
  it('finishes the requests in flight, then accepts no more', async () => {
    const server = await startTestServer(realDataset());
    const http = serverTarget(server.url);
    // Stop as soon as the request has arrived, while its answer is still being made (and compressed).
    let stopped: Promise<void> | undefined;
    server.server.once('request', () => (stopped = server.stop()));
    const answer = await http.get('/api/v1/events?limit=500', { headers: { 'accept-encoding': 'br' } });
    expect(stopped).toBeDefined();
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBeDefined(); // from the server, not from MSW
    expect(JSON.parse(brotliDecompressSync(answer.raw).toString())).toHaveProperty(
      'total',
      realDataset().events.length,
    );
    await stopped;
    await expect(rawRequest(server.url, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });
});
