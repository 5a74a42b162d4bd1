/**
 * Stands in for tldts in the browser build (build/stubTldts.ts): tldts carries the whole public-suffix list,
 * about 300 KB, which MSW's cookie jar (tough-cookie) asks for the registrable domain of a host. The app sends
 * no cookies (`credentials: 'omit'`) and no handler sets one, so the stub answers that every host is its own
 * site: a cookie a handler set would still reach the host that set it, never a sibling subdomain.
 * msw/node in Vitest and the server keep the real tldts.
 */
export function getDomain(hostname: string | null | undefined): string | null {
  const host = (hostname ?? '').trim().toLowerCase().replace(/\.$/, '');
  return host || null;
}
