import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, request, waitForApi } from '../../src/data/api';
import { dataEnvelope, metaSchema } from '../../src/data/schema';
import { shouldRetry } from '../../src/app/queryClient';
import { server } from '../../src/mocks/node';

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('api client', () => {
  it('returns parsed, typed data', async () => {
    const { data } = await api.system('veo');
    expect(data.versions.map((v) => v.name)).toContain('Veo 3');
  });

  it('turns an error body into an ApiError with status and code', async () => {
    const e = await caught(api.system('nope'));
    expect(e).toMatchObject({ kind: 'http', status: 404, code: 'not_found', isClientError: true });
  });

  it('reports a 500 without a JSON body as unreadable', async () => {
    server.use(http.get('*/api/v1/systems', () => new HttpResponse('<h1>oops</h1>', { status: 500 })));
    const e = await caught(api.systems());
    expect(e).toMatchObject({ kind: 'parse', status: 500 });
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/api/v1/systems', () => HttpResponse.error()));
    expect(await caught(api.systems())).toMatchObject({ kind: 'network', status: null });
  });

  it('reports a 200 of the wrong shape, naming where', async () => {
    server.use(http.get('*/api/v1/systems', () => HttpResponse.json({ data: 'not a list' })));
    const e = await caught(api.systems());
    expect(e.kind).toBe('shape');
    expect(e.message).toMatch(/unexpected data at data:/);
  });

  it('keeps the valid records of a list and skips the invalid ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const valid = (await api.systems()).data[0];
    server.use(http.get('*/api/v1/systems', () => HttpResponse.json({ data: [{ id: 'x' }, valid, null] })));
    const { data } = await api.systems();
    expect(data).toEqual([valid]);
  });

  it('gives up on a request that never answers, saying so', async () => {
    server.use(http.get('*/api/v1/meta', () => delay('infinite')));
    const e = await caught(request('meta', dataEnvelope(metaSchema), { timeoutMs: 50 }));
    expect(e).toMatchObject({ kind: 'timeout', status: null });
    expect(e.message).toBe('/api/v1/meta did not answer within 0.05 s');
  });

  it('reports a 503 with Retry-After as a server error worth retrying', async () => {
    server.use(
      http.get('*/api/v1/sources', () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'try later' } },
          { status: 503, headers: { 'Retry-After': '5' } },
        ),
      ),
    );
    const e = await caught(api.sources());
    expect(e).toMatchObject({ kind: 'http', status: 503, code: 'unavailable', isClientError: false });
    expect(shouldRetry(0, e)).toBe(true);
  });

  it('sends list parameters comma-separated', async () => {
    let seen = '';
    server.use(
      http.get('*/api/v1/events', ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({ data: [], total: 0, offset: 0, nextCursor: null, prevCursor: null });
      }),
    );
    await api.events({ company: ['meta', 'openai'], type: [], q: 'veo 3' });
    expect(decodeURIComponent(seen)).toBe('?company=meta,openai&q=veo+3');
  });

  it('starts what requests wait for at the first request only, when given as a function (an embed with its data)', async () => {
    const start = vi.fn(() => Promise.resolve());
    waitForApi(start);
    try {
      expect(start).not.toHaveBeenCalled(); // nothing asked yet: the mock API is not loaded
      await Promise.all([api.systems(), api.meta()]);
      await api.companies();
      expect(start).toHaveBeenCalledTimes(1);
    } finally {
      waitForApi(Promise.resolve());
    }
  });
});
