// @vitest-environment node
/**
 * What only the HTTP server does (the mock lives inside the page): compression, ETag and 304, Cache-Control per
 * route, security headers, CORS, 405, 414, the SPA fallback and the request log.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { contentSecurityPolicy } from '../../src/server/csp';
import { SERVER_MARK } from '../../src/server/staticFiles';
import { ASSET } from './support/fakeBuild';
import { serverTarget, type Target } from './support/targets';
import { startTestServer, type TestServer } from './support/testServer';

let server: TestServer;
let http: Target;
beforeAll(async () => {
  server = await startTestServer(realDataset());
  http = serverTarget(server.url);
});
afterAll(() => server.stop());

const EVENTS = '/api/v1/events?limit=500';

describe('compression', () => {
  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" → %s, same content once decoded', async (accept, encoding) => {
    const plain = await http.get(EVENTS);
    const res = await http.get(EVENTS, { headers: accept ? { 'accept-encoding': accept } : {} });
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.raw.length);
    const decoded =
      encoding === 'br' ? brotliDecompressSync(res.raw) : encoding === 'gzip' ? gunzipSync(res.raw) : res.raw;
    expect(decoded.equals(plain.raw)).toBe(true);
    if (encoding) expect(res.raw.length).toBeLessThan(plain.raw.length / 3);
  });

  it('compresses static files too, and leaves answers under 1 KB alone', async () => {
    const asset = await http.get(ASSET, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['content-encoding']).toBe('br');
    const small = await http.get('/healthz', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('ETag and 304', () => {
  it.each(['/api/v1/meta', EVENTS, ASSET, '/', '/timeline'])('%s: a matching If-None-Match gets 304', async (path) => {
    const first = await http.get(path);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await http.get(path, { headers: { 'if-none-match': etag, 'accept-encoding': 'br' } });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
    expect((await http.get(path, { headers: { 'if-none-match': 'W/"stale"' } })).status).toBe(200);
    expect((await http.get(path, { headers: { 'if-none-match': `"x", ${etag.slice(2)}` } })).status).toBe(304);
  });

  it('the same filter gives the same ETag; another filter another', async () => {
    const a = await http.get('/api/v1/events?type=release');
    const b = await http.get('/api/v1/events?type=release');
    const c = await http.get('/api/v1/events?type=hire');
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(c.headers.etag).not.toBe(a.headers.etag);
  });
});

describe('headers', () => {
  it.each([
    [ASSET, 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/compare?systems=veo', 'no-cache'],
    ['/favicon.svg', 'no-cache'],
    ['/api/v1/meta', 'public, max-age=60, must-revalidate'],
    ['/api/v1/openapi.json', 'public, max-age=60, must-revalidate'],
    ['/api/v1/events?type=rumour', 'no-store'],
    ['/healthz', 'no-store'],
    ['/assets/missing-x1.js', 'no-store'],
  ])('Cache-Control of %s is "%s"', async (path, policy) => {
    expect((await http.get(path)).headers['cache-control']).toBe(policy);
  });

  it.each(['/', '/api/v1/meta', '/assets/missing-x1.js', '/api/v1/events?limit=0'])(
    '%s carries the build CSP and the security headers',
    async (path) => {
      const { headers } = await http.get(path);
      expect(headers['content-security-policy']).toBe(contentSecurityPolicy(undefined, true));
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    },
  );

  it('only an embedded chart (/embed/*) may be framed by another site', async () => {
    const embed = await http.get('/embed/max-clip-length?systems=veo');
    expect(embed.headers['content-security-policy']).toBe(contentSecurityPolicy(undefined, true, true));
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    for (const path of ['/compare', '/embed', '/embedded/x', '/api/v1/meta']) {
      const other = await http.get(path);
      expect(other.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(other.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('CORS: any origin may GET the API, and a preflight is answered 204', async () => {
    const get = await http.get('/api/v1/meta', { headers: { origin: 'https://elsewhere.example' } });
    expect(get.headers['access-control-allow-origin']).toBe('*');
    const preflight = await http.get('/api/v1/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET,HEAD,OPTIONS');
    expect(preflight.headers['access-control-max-age']).toBe('600');
  });
});

describe('methods, limits and the SPA fallback', () => {
  it.each([
    ['POST', '/'],
    ['PUT', ASSET],
    ['DELETE', '/timeline'],
    ['PATCH', '/api/v1/meta'],
    ['POST', '/healthz'],
  ])('%s %s → 405 with Allow', async (method, path) => {
    const res = await http.get(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('a request target over 4096 characters → 414, in the API shape under /api/', async () => {
    const ok = await http.get(`/api/v1/events?q=a&pad=${'x'.repeat(4096 - 28)}`);
    expect(ok.status).toBe(200);
    const long = await http.get(`/api/v1/events?q=${'x'.repeat(5000)}`);
    expect(long.status).toBe(414);
    expect(long.json()).toHaveProperty('error.code', 'uri_too_long');
    expect((await http.get(`/timeline?q=${'x'.repeat(5000)}`)).status).toBe(414);
  });

  it.each(['/timeline', '/systems/sora', '/compare?systems=veo,sora', '/sources/', '/no/such/page'])(
    'deep link %s → index.html, marked for the app to use this API',
    async (path) => {
      const res = await http.get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.raw.toString()).toContain(SERVER_MARK);
    },
  );

  it.each([
    ['/assets/missing-x1.js', 404],
    ['/missing.png', 404],
    ['/api', 404],
    ['/api/v1', 404],
    ['/api/v2/meta', 404],
    [ASSET, 200],
    ['/favicon.svg', 200],
  ])('%s → %i (files and the API never fall back to index.html)', async (path, status) => {
    const res = await http.get(path);
    expect(res.status).toBe(status);
    expect(res.raw.toString()).not.toContain('<!doctype html>');
  });

  it('HEAD gives the headers of the GET and no body; /healthz answers ok', async () => {
    const head = await http.get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(100);
    expect((await http.get('/healthz')).json()).toEqual({ status: 'ok' });
  });
});

describe('request log', () => {
  it('one JSON line per request: time, method, path, status, ms, bytes', async () => {
    const before = server.logs.length;
    const res = await http.get('/api/v1/companies?x=1');
    await new Promise((r) => setTimeout(r, 20));
    const entry = server.logs.slice(before).find((l) => l.path === '/api/v1/companies');
    expect(entry).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      method: 'GET',
      path: '/api/v1/companies',
      status: 200,
      ms: expect.any(Number),
      bytes: res.raw.length,
    });
  });
});
