/**
 * The server's header policies in one place: security headers sent with every answer, and how long each kind
 * of answer may be cached.
 */
import { framingHeaders } from './csp';

const HARDENING = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
} as const;

/**
 * The build's Content-Security-Policy (also in its <meta>) as a header, which can forbid framing (everywhere but
 * /embed/*), plus the usual hardening headers. The API is on this origin, so the policy needs no other.
 */
export const securityHeaders = (path: string): Readonly<Record<string, string>> => ({
  ...framingHeaders(path),
  ...HARDENING,
});

export const CACHE = {
  /** Vite's hashed assets: the name changes with the content. */
  immutable: 'public, max-age=31536000, immutable',
  /** index.html and unhashed files: always revalidate (a 304 when unchanged), so a deploy shows at once. */
  revalidate: 'no-cache',
  /** API answers: the data only changes on restart; a minute fresh, then revalidated by ETag. */
  api: 'public, max-age=60, must-revalidate',
  /** Errors and the health check are never stored. */
  none: 'no-store',
} as const;

/** The longest request target (path and query) answered; longer ones get 414. The API's own limits fit well. */
export const MAX_TARGET_LENGTH = 4096;
