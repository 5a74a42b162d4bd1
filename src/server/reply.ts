/**
 * Every answer of the server goes out through `send`: Content-Type, Cache-Control, ETag with 304 on a matching
 * If-None-Match, and brotli or gzip when the client accepts it. ETags are weak (W/"…"): one tag names the content
 * whatever its encoding, which is what If-None-Match's weak comparison expects.
 */
import { compress, isCompressible, MIN_COMPRESS_BYTES, negotiate, type Encoding } from './compression';

export interface Reply {
  status: number;
  body: Buffer | null;
  type: string;
  cacheControl: string;
  etag?: string;
  headers?: Record<string, string>;
  /** A compressed copy of the body; by default compressed now, at a fast setting. */
  encode?: (encoding: Encoding) => Promise<Buffer>;
}

/** Weak comparison (RFC 9110, 13.1.2): W/"x" and "x" match; `*` matches any current representation. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export async function send(request: Request, reply: Reply): Promise<Response> {
  const headers: Record<string, string> = { 'Cache-Control': reply.cacheControl, ...reply.headers };
  const body = reply.body;
  const compressible = body !== null && isCompressible(reply.type);
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (reply.etag) {
    headers.ETag = reply.etag;
    if (reply.status === 200 && matchesEtag(request.headers.get('if-none-match'), reply.etag))
      return new Response(null, { status: 304, headers });
  }
  if (body === null) return new Response(null, { status: reply.status, headers });
  headers['Content-Type'] = reply.type;
  const encoding =
    compressible && body.length >= MIN_COMPRESS_BYTES ? negotiate(request.headers.get('accept-encoding')) : null;
  let data = body;
  if (encoding) {
    data = await (reply.encode ?? ((e: Encoding) => compress(body, e, 'fast')))(encoding);
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = String(data.length);
  // Buffers from fs and zlib sit on a plain ArrayBuffer, never a shared one: the cast only tells TypeScript so.
  return new Response(data as Uint8Array<ArrayBuffer>, { status: reply.status, headers });
}
