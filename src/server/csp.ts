/**
 * Content-Security-Policy of the production build: no inline script, the MSW worker from this origin, and the API
 * origin when VITE_API_BASE_URL points elsewhere. Shared by the build (a <meta>, for any static host), `vite
 * preview` and the HTTP server (headers, which can also forbid framing), so all three enforce the same policy.
 */
export function contentSecurityPolicy(apiBase: string | undefined, asHeader = false): string {
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
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}
