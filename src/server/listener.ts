/**
 * The Node request listener around the Hono app: security headers on every answer (set before anything else
 * runs, so even the adapter's own 400s carry them) and one JSON log line per request when the answer is sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { clip } from '../api/apiResponse';
import { errorReply } from './app';
import { securityHeaders } from './policies';
import { rawPathOf } from './requestGuards';

export interface RequestLog {
  time: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  bytes: number;
}
export type LogSink = (entry: RequestLog) => void;

export const jsonLines: LogSink = (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`);

function bytesSent(method: string | undefined, res: ServerResponse): number {
  if (method === 'HEAD' || res.statusCode === 304 || res.statusCode === 204) return 0;
  return Number(res.getHeader('content-length') ?? 0) || 0;
}

type Fetch = Parameters<typeof getRequestListener>[0];

export function createListener(
  fetch: Fetch,
  { log = jsonLines, overrideGlobalObjects = true }: { log?: LogSink; overrideGlobalObjects?: boolean } = {},
) {
  const listener = getRequestListener(fetch, {
    overrideGlobalObjects,
    // The adapter refuses some targets before Hono sees them (a backslash in the path, a bad Host): say why.
    errorHandler: () =>
      errorReply(new Request('http://localhost/'), '/', {
        status: 400,
        code: 'bad_path',
        message: 'the request target is not a valid path',
      }),
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    for (const [name, value] of Object.entries(securityHeaders(rawPathOf(req.url ?? '')))) res.setHeader(name, value);
    res.once('close', () =>
      log({
        time: new Date().toISOString(),
        method: clip(req.method ?? '?', 10),
        path: clip(rawPathOf(req.url ?? ''), 200),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 100) / 100,
        bytes: bytesSent(req.method, res),
      }),
    );
    return listener(req, res);
  };
}
