/**
 * A small closed-loop load generator on undici: `concurrency` workers each send a request, read the whole
 * answer, and send the next, until `maxRequests` have been sent or `maxSeconds` have passed. Loopback only.
 */
import { Pool } from 'undici';
import { percentile } from './stats';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  meanBytes: number;
}

export interface LoadOptions {
  concurrency: number;
  maxRequests: number;
  maxSeconds: number;
  headers?: Record<string, string>;
}

export async function runLoad(origin: string, path: string, options: LoadOptions): Promise<LoadResult> {
  const { hostname } = new URL(origin);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error('load runs on loopback only');
  const pool = new Pool(origin, { connections: options.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;

  const worker = async () => {
    while (sent < options.maxRequests && performance.now() < deadline) {
      sent += 1;
      const t = performance.now();
      try {
        const res = await pool.request({ method: 'GET', path, headers: options.headers });
        const body = Buffer.from(await res.body.arrayBuffer());
        if (res.statusCode !== 200) errors += 1;
        bytes += body.length;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    meanBytes: bytes / Math.max(1, latencies.length),
  };
}
