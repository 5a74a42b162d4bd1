/**
 * Content-Security-Policy of the production build: no inline script, the MSW worker from this origin, and the API
 * origin when VITE_API_BASE_URL points elsewhere. Shared by the build (a <meta>, for any static host), `vite
 * preview` and the HTTP server (headers, which can also forbid framing), so all three enforce the same policy.
 */
/** Who may frame a page: any site for an embedded chart, no one for the rest. */
export const frameAncestors = (framed: boolean) => (framed ? 'frame-ancestors *' : "frame-ancestors 'none'");

export function contentSecurityPolicy(apiBase: string | undefined, asHeader = false, framed = false): string {
  const api = apiBase ? ` ${new URL(apiBase).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(asHeader ? [frameAncestors(framed)] : []),
  ].join('; ');
}

/** The pages that may be framed by other sites: the embedded charts, /embed/<chart id>, and nothing else. */
export const isEmbedPath = (path: string) => /^\/embed\/[^/?#]+\/?(?:[?#]|$)/.test(path);

/**
 * The framing headers of an answer for `path`: a CSP header that forbids framing everywhere but /embed/*, and
 * X-Frame-Options DENY for browsers without frame-ancestors (left out on /embed/*, which any site may frame).
 */
export function framingHeaders(path: string, apiBase?: string): Record<string, string> {
  const framed = isEmbedPath(path);
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiBase, true, framed),
    ...(framed ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}
