// @vitest-environment node
import { getDomain as realGetDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { stubTldts, TLDTS_STUB } from '../../build/stubTldts';
import { getDomain } from '../../src/mocks/stubs/tldts';

describe('the tldts stub of the browser build', () => {
  it('treats every host as its own site, so a cookie never reaches a sibling host', () => {
    expect(getDomain('localhost')).toBe('localhost');
    expect(getDomain('Genscope.Example.COM.')).toBe('genscope.example.com');
    expect(getDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(getDomain('')).toBeNull();
    expect(getDomain(null)).toBeNull();
  });

  it('is never wider than the public-suffix list: the real registrable domain is a suffix of the stub’s', () => {
    for (const host of ['a.b.example.co.uk', 'user.github.io', 'www.example.com'])
      expect(getDomain(host)!.endsWith(realGetDomain(host)!)).toBe(true);
  });

  it('replaces tldts in the browser build only; Vitest (msw/node) keeps the real package', () => {
    const plugin = stubTldts();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    expect(resolveId('tldts')).toBe(TLDTS_STUB);
    expect(resolveId('tough-cookie')).toBeUndefined();
    expect((plugin.apply as () => boolean)()).toBe(false); // process.env.VITEST is set here
  });
});
