import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_DATA_ID,
  firstDataJson,
  prerenderedPath,
  seedFirstData,
  untilFirstData,
  whenQueriesSettle,
} from '../../src/app/firstRender';
import type { createAppRouter } from '../../src/app/router';

type Router = ReturnType<typeof createAppRouter>;
const routerLoading = (load: () => Promise<void>) => ({ load }) as unknown as Router;
const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

afterEach(() => vi.useRealTimers());

describe('the first render after a prerendered page', () => {
  it('finds the prerendered page in the root element, and nothing in the plain shell', () => {
    const root = document.createElement('div');
    root.append(Object.assign(document.createElement('div'), { className: 'shell' }));
    expect(prerenderedPath(root)).toBeNull();
    const page = document.createElement('div');
    page.dataset.prerendered = '/compare';
    root.replaceChildren(page);
    expect(prerenderedPath(root)).toBe('/compare');
  });

  it('takes the page’s first data into the cache, fresh, and the block out of the page', () => {
    const doc = document.implementation.createHTMLDocument();
    const block = Object.assign(doc.createElement('script'), { type: 'application/json', id: FIRST_DATA_ID });
    block.textContent = firstDataJson({ queries: [{ key: ['api', 'meta'], data: { title: '</script><b>' } }] });
    doc.body.append(block);
    expect(block.textContent).not.toContain('</script>');
    const queryClient = new QueryClient();
    expect(seedFirstData(queryClient, doc)).toBe(true);
    expect(queryClient.getQueryData(['api', 'meta'])).toEqual({ title: '</script><b>' });
    expect(queryClient.getQueryState(['api', 'meta'])?.dataUpdatedAt).toBeGreaterThan(Date.now() - 1000);
    expect(doc.getElementById(FIRST_DATA_ID)).toBeNull();
  });

  it('drops the block unused when the page is not kept, and ignores one it cannot read', () => {
    const doc = document.implementation.createHTMLDocument();
    const block = Object.assign(doc.createElement('script'), { type: 'application/json', id: FIRST_DATA_ID });
    block.textContent = '{"queries": [';
    doc.body.append(block.cloneNode(true));
    expect(seedFirstData(new QueryClient(), doc)).toBe(false);
    doc.body.append(block);
    expect(seedFirstData(null, doc)).toBe(false);
    expect(doc.getElementById(FIRST_DATA_ID)).toBeNull();
  });

  it('waits for the route and its first requests, then goes', async () => {
    vi.useFakeTimers();
    const queryClient = new QueryClient();
    let answer: (v: string) => void = () => {};
    const query = queryClient.fetchQuery({ queryKey: ['x'], queryFn: () => new Promise<string>((r) => (answer = r)) });
    const waiting = untilFirstData(
      routerLoading(async () => {}),
      queryClient,
      { holdMs: 3000 },
    );
    expect(await settled(waiting)).toBe(false);
    answer('data');
    await query;
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting after the hold time, whatever is still loading', async () => {
    vi.useFakeTimers();
    const queryClient = new QueryClient();
    void queryClient.fetchQuery({ queryKey: ['never'], queryFn: () => new Promise(() => {}) });
    const waiting = untilFirstData(
      routerLoading(async () => {}),
      queryClient,
      { holdMs: 3000 },
    );
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('with the data in the page, waits only for the route’s code', async () => {
    vi.useFakeTimers();
    const queryClient = new QueryClient();
    void queryClient.fetchQuery({ queryKey: ['later'], queryFn: () => new Promise(() => {}) });
    const waiting = untilFirstData(
      routerLoading(async () => {}),
      queryClient,
      { dataInPage: true },
    );
    expect(await settled(waiting)).toBe(true);
  });

  it('a failing route load does not keep the page from rendering', async () => {
    const queryClient = new QueryClient();
    await expect(
      untilFirstData(
        routerLoading(() => Promise.reject(new Error('chunk failed'))),
        queryClient,
        { holdMs: 3000 },
      ),
    ).resolves.toBeUndefined();
    await expect(whenQueriesSettle(queryClient)).resolves.toBeUndefined();
  });
});
