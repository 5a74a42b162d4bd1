/**
 * The contract suite over one dataset: every request goes to the mock (MSW) and to the HTTP server, and both
 * must give the same status, the same JSON and the same paging; answers must also satisfy the client's schemas.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareEventsNewestFirst } from '../../../src/api/eventFilter';
import { ALLOWED_METHODS } from '../../../src/api/createApi';
import { endDay, startDay } from '../../../src/data/dates';
import {
  dataEnvelope,
  eventFacetsSchema,
  eventSchema,
  eventsPageSchema,
  metaSchema,
  type Dataset,
  type Event,
} from '../../../src/data/schema';
import { createHandlers } from '../../../src/mocks/handlers';
import { server as msw } from '../../../src/mocks/node';
import { BAD, GOOD, WALKS, eventPaths } from './requests';
import { mockTarget, serverTarget, type Answer, type Target } from './targets';
import { startTestServer, type TestServer } from './testServer';

export function contractSuite(label: string, load: () => Dataset, pageLimit: number) {
  describe(`data API contract, ${label}: mock and server answer alike`, () => {
    let ds: Dataset;
    let server: TestServer;
    let targets: Target[];

    beforeAll(async () => {
      ds = load();
      server = await startTestServer(ds);
      targets = [mockTarget, serverTarget(server.url)];
    });
    // tests/setup.ts resets MSW's handlers after each test: serve this dataset again.
    beforeEach(() => msw.use(...createHandlers(() => ds)));
    afterAll(() => server.stop());

    const both = async (path: string, init?: Parameters<Target['get']>[1]) => {
      const [mock, real] = (await Promise.all(targets.map((t) => t.get(path, init)))) as [Answer, Answer];
      return { mock, real };
    };

    it.each(GOOD)('GET %s', async (path) => {
      const { mock, real } = await both(path);
      expect([mock.status, real.status]).toEqual([200, 200]);
      expect(real.headers['content-type']).toBe('application/json');
      expect(real.headers.etag, 'the server answered (MSW sets no ETag)').toMatch(/^W\/"/);
      expect(mock.headers['content-type']).toBe('application/json');
      expect(real.json()).toEqual(mock.json());
      const body = real.json();
      if (path.includes('/events/facets')) eventFacetsSchema.parse((body as { data: unknown }).data);
      else if (path.includes('/events')) eventsPageSchema.parse(body);
      else if (path.endsWith('/meta'))
        expect(dataEnvelope(metaSchema).parse(body).data.counts?.events).toBe(ds.events.length);
    });

    it.each(BAD)('GET %s → %i %s', async (path, status, code, start) => {
      const { mock, real } = await both(path);
      expect([mock.status, real.status]).toEqual([status, status]);
      expect(real.json()).toEqual(mock.json());
      const { error } = real.json() as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message.startsWith(start), error.message).toBe(true);
    });

    it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s /api/v1/events → 405 with Allow, on both', async (method) => {
      const { mock, real } = await both('/api/v1/events', { method });
      expect([mock.status, real.status]).toEqual([405, 405]);
      expect([mock.headers.allow, real.headers.allow]).toEqual([ALLOWED_METHODS, ALLOWED_METHODS]);
      expect(real.json()).toEqual(mock.json());
      expect(real.json()).toHaveProperty('error.code', 'method_not_allowed');
    });

    it('HEAD /api/v1/meta answers the headers of the GET and no body, on both', async () => {
      const { mock, real } = await both('/api/v1/meta', { method: 'HEAD' });
      expect([mock.status, real.status]).toEqual([200, 200]);
      expect([mock.raw.length, real.raw.length]).toEqual([0, 0]);
    });

    it('GET /api/v1/events/{id} answers that event, whatever the filters, alike on both', async () => {
      const ids = [ds.events[0]!.id, ds.events.at(-1)!.id];
      for (const path of eventPaths(ids)) {
        const { mock, real } = await both(path);
        expect([mock.status, real.status], path).toEqual([200, 200]);
        expect(real.json()).toEqual(mock.json());
        const { data } = dataEnvelope(eventSchema).parse(real.json());
        expect(ids).toContain(data.id);
      }
    });

    /** Newest-first walks, kept for the oldest-first test to compare with (a 100,000-event walk is not cheap). */
    const walked = new Map<string, Event[]>();

    it.each(WALKS)('pages through every event of "%s" the same way, newest first, without repeats', async (qs) => {
      const events = await walk(qs);
      walked.set(qs, events);
      expect(events.every((e, i) => i === 0 || compareEventsNewestFirst(events[i - 1]!, e) < 0)).toBe(true);
      if (!qs) expect(events).toHaveLength(ds.events.length);
      const facets = (await both(`/api/v1/events/facets?${qs}`)).real.json() as { data: unknown };
      expect(eventFacetsSchema.parse(facets.data).total).toBe(events.length);
    });

    it.each(WALKS)(
      'pages through "%s" oldest first: exactly the newest-first order reversed',
      async (qs) => {
        const newest = walked.get(qs) ?? (await walk(qs));
        const oldest = await walk(`${qs}&order=oldest`);
        expect(oldest.map((e) => e.id)).toEqual(newest.map((e) => e.id).reverse());
      },
      60_000,
    );

    it('opens the list at a date (`at`): the earliest event on or after it, where paging down reaches it', async () => {
      const newest = walked.get('') ?? (await walk(''));
      const lastDay = (e: Event) => (e.precision === 'month' ? endDay(e.date) : e.date);
      const ids = (list: readonly Event[]) => list.map((e) => e.id);
      for (const share of [0.1, 0.5, 0.9]) {
        const day = startDay(newest[Math.floor(newest.length * share)]!.date);
        for (const order of ['newest', 'oldest'] as const) {
          const list = order === 'newest' ? newest : [...newest].reverse();
          const { mock, real } = await both(`/api/v1/events?at=${day}&order=${order}&limit=${pageLimit}`);
          const page = eventsPageSchema.parse(real.json());
          expect(page).toEqual(mock.json());
          const k = page.offset;
          expect(ids(page.data)).toEqual(ids(list.slice(k, k + pageLimit)));
          // On or after the day; oldest first nothing above it is, newest first the event below it is not.
          expect(lastDay(list[k]!) >= day, `${order} ${day}`).toBe(true);
          if (order === 'oldest') expect(list.slice(0, k).every((e) => lastDay(e) < day)).toBe(true);
          else expect(k === list.length - 1 || lastDay(list[k + 1]!) < day).toBe(true);
          // The page above ends where this one begins.
          const above = `/api/v1/events?order=${order}&limit=${pageLimit}&cursor=${encodeURIComponent(page.prevCursor!)}`;
          const prev = eventsPageSchema.parse((await both(above)).real.json());
          expect(ids(prev.data)).toEqual(ids(list.slice(prev.offset, prev.offset + pageLimit)));
          expect(prev.offset + prev.data.length).toBeGreaterThanOrEqual(k);
          expect(prev.offset).toBe(Math.max(0, k - pageLimit));
        }
      }
    }, 60_000);

    async function walk(qs: string): Promise<Event[]> {
      const events: Event[] = [];
      let cursor: string | null = null;
      let total: number;
      do {
        const page = `/api/v1/events?${qs}&limit=${pageLimit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const { mock, real } = await both(page);
        expect(real.status).toBe(200);
        const body = eventsPageSchema.parse(real.json());
        expect(body).toEqual(mock.json());
        events.push(...body.data);
        total = body.total;
        cursor = body.nextCursor;
      } while (cursor);
      expect(events).toHaveLength(total);
      expect(new Set(events.map((e) => e.id)).size).toBe(total);
      return events;
    }
  });
}
