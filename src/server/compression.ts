/**
 * Content encoding with node:zlib: brotli when the client accepts it (smaller), else gzip, else none. Static
 * files are compressed once at the strongest setting and kept; API answers, made per request, at a fast level.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Below this, compression saves less than its headers and time cost. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
export const isCompressible = (type: string) => COMPRESSIBLE.test(type);

/** The encoding to use for an Accept-Encoding header: brotli first, then gzip; `q=0` refuses one. */
export function negotiate(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => accepted.get(name) ?? (name === 'gzip' ? accepted.get('x-gzip') : undefined);
  const wildcard = accepted.get('*') ?? 0;
  for (const name of ['br', 'gzip'] as const) if ((weightOf(name) ?? wildcard) > 0) return name;
  return null;
}

export function compress(body: Buffer, encoding: Encoding, effort: 'max' | 'fast'): Promise<Buffer> {
  if (encoding === 'gzip') return gz(body, { level: effort === 'max' ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'max' ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Compressed copies of static files, made on first request and kept (the build never changes while running). */
export function compressedCache() {
  const cache = new Map<string, Promise<Buffer>>();
  return (key: string, body: Buffer, encoding: Encoding): Promise<Buffer> => {
    const id = `${encoding}:${key}`;
    let entry = cache.get(id);
    if (!entry) cache.set(id, (entry = compress(body, encoding, 'max')));
    return entry;
  };
}
