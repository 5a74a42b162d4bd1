/**
 * The two implementations of the data API under one interface, so each contract test runs unchanged against
 * both: the embedded mock (MSW in this process, reached by fetch on a made-up origin) and the HTTP server
 * (reached over loopback with undici, which MSW does not intercept and which never decompresses or rewrites).
 */
import { request } from 'undici';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The body as received (still encoded when the server compressed it). */
  raw: Buffer;
  json: () => unknown;
}

export interface Target {
  name: 'mock' | 'server';
  get: (pathAndQuery: string, init?: { method?: string; headers?: Record<string, string> }) => Promise<Answer>;
}

const answer = (status: number, headers: Record<string, string>, raw: Buffer): Answer => ({
  status,
  headers,
  raw,
  json: () => JSON.parse(raw.toString('utf8')),
});

export const MOCK_ORIGIN = 'http://genscope.test';

export const mockTarget: Target = {
  name: 'mock',
  async get(path, init = {}) {
    const res = await fetch(`${MOCK_ORIGIN}${path}`, init);
    return answer(res.status, Object.fromEntries(res.headers), Buffer.from(await res.arrayBuffer()));
  },
};

export function serverTarget(origin: string): Target {
  return {
    name: 'server',
    async get(path, { method = 'GET', headers = {} } = {}) {
      const res = await request(`${origin}${path}`, { method: method as 'GET', headers });
      const flat = Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
      );
      return answer(res.statusCode, flat, Buffer.from(await res.body.arrayBuffer()));
    },
  };
}
