/**
 * The HTTP server's routes on Hono: request guards, CORS on the API, /healthz, the data API (a thin adapter over
 * src/api/createApi.ts, as the MSW handlers are) and the production build with an SPA fallback for deep links.
 * Security headers and request logs are added around it, at the Node level (listener.ts), so that they cover
 * every answer, even those the adapter gives before Hono runs.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { HttpBindings } from '@hono/node-server';
import { clip } from '../api/apiResponse';
import { ALLOWED_METHODS, createApi } from '../api/createApi';
import type { Dataset } from '../data/schema';
import { compressedCache } from './compression';
import { CACHE } from './policies';
import { send } from './reply';
import { checkTarget, decodedPathOf, rawPathOf, type Refusal } from './requestGuards';
import { withCurrentPages } from './prerendered';
import { etagOf, fallbackOf, looksLikeFile, pageOf, type StaticFiles } from './staticFiles';

export interface AppOptions {
  getDataset: () => Dataset;
  files: StaticFiles;
}

type Env = { Bindings: Partial<HttpBindings> };

const JSON_TYPE = 'application/json';
const READ_METHODS = new Set(ALLOWED_METHODS.split(', '));
const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
/** Paths whose errors are JSON in the API's shape. */
const speaksJson = (path: string) => isApi(path) || path === '/healthz';

/** The target as the client sent it (the adapter's URL is already normalised). */
function targetOf(c: Context<Env>): string {
  const sent = c.env?.incoming?.url;
  if (sent) return sent;
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

/** An error in the API's shape under /api/, plain text elsewhere; never cached. */
export function errorReply(request: Request, path: string, refusal: Refusal, headers: Record<string, string> = {}) {
  const { status, code, message } = refusal;
  const api = speaksJson(path);
  const body = api ? JSON.stringify({ error: { code, message } }) : `${status} ${message}\n`;
  const type = api ? JSON_TYPE : 'text/plain; charset=utf-8';
  return send(request, { status, body: Buffer.from(body), type, cacheControl: CACHE.none, headers });
}

export function createApp({ getDataset, files: built }: AppOptions): Hono<Env> {
  const api = createApi(getDataset);
  const files = withCurrentPages(built, getDataset());
  const compressed = compressedCache();
  const app = new Hono<Env>();
  const corsForGet = cors({ origin: '*', allowMethods: [...READ_METHODS], maxAge: 600 });

  app.use('*', async (c, next) => {
    const target = targetOf(c);
    const path = rawPathOf(target);
    const refusal = checkTarget(target);
    if (refusal) return errorReply(c.req.raw, path, refusal);
    // Under /api/ the API itself answers other methods (405 with Allow), as the mock does.
    if (!isApi(path) && !READ_METHODS.has(c.req.method)) {
      const message = `${clip(c.req.method, 10)} is not allowed here`;
      return errorReply(
        c.req.raw,
        path,
        { status: 405, code: 'method_not_allowed', message },
        { Allow: ALLOWED_METHODS },
      );
    }
    await next();
  });
  app.use('/api/*', corsForGet);
  app.use('/healthz', corsForGet);

  app.get('/healthz', (c) =>
    send(c.req.raw, { status: 200, body: Buffer.from('{"status":"ok"}'), type: JSON_TYPE, cacheControl: CACHE.none }),
  );

  app.all('/api/*', (c) => {
    const url = new URL(c.req.url);
    const answer = api({ method: c.req.method, path: url.pathname, query: url.searchParams });
    const json = answer.body === null ? null : JSON.stringify(answer.body);
    const ok = answer.status < 300;
    return send(c.req.raw, {
      status: answer.status,
      body: json === null ? null : Buffer.from(json),
      type: JSON_TYPE,
      cacheControl: ok ? CACHE.api : CACHE.none,
      ...(ok && json !== null ? { etag: etagOf(json) } : {}),
      headers: answer.headers,
    });
  });

  app.on(['GET', 'OPTIONS'], '*', (c) => {
    const path = decodedPathOf(targetOf(c));
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: ALLOWED_METHODS } });
    const page = pageOf(files, path);
    const key = page ?? (looksLikeFile(path) || speaksJson(path) ? undefined : fallbackOf(files));
    const file = key === undefined ? undefined : files.get(key);
    if (!key || !file)
      return errorReply(c.req.raw, path, { status: 404, code: 'not_found', message: `no file ${clip(path)}` });
    const exact = page === path;
    return send(c.req.raw, {
      status: 200,
      body: file.body,
      type: file.type,
      etag: file.etag,
      cacheControl: exact && file.immutable ? CACHE.immutable : CACHE.revalidate,
      encode: (encoding) => compressed(key, file.body, encoding),
    });
  });

  app.onError((error, c) => {
    console.error(error);
    const refusal: Refusal = { status: 500, code: 'internal', message: 'the server failed to answer' };
    return errorReply(c.req.raw, rawPathOf(targetOf(c)), refusal);
  });
  return app;
}
