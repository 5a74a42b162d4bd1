import { describe, expect, it } from 'vitest';
import { boundDay, decodeCursor, encodeCursor, normaliseText, parseEventsQuery } from '../../src/api/eventsQuery';

const known = { companies: new Set(['meta', 'openai']), systems: new Set(['sora', 'veo']) };
const parse = (qs: string) => parseEventsQuery(new URLSearchParams(qs), known);

function failure(qs: string) {
  const r = parse(qs);
  if (r.ok) throw new Error(`expected ${qs} to fail`);
  return r;
}

describe('parseEventsQuery', () => {
  it('gives defaults for an empty query', () => {
    expect(parse('')).toEqual({
      ok: true,
      value: {
        companies: [],
        systems: [],
        types: [],
        from: null,
        to: null,
        q: '',
        offset: 0,
        at: null,
        limit: 50,
        order: 'newest',
      },
    });
  });

  it('reads lists, month bounds, text, limit and cursor', () => {
    const r = parse(
      `company=meta,openai&system=sora&type=release,partnership&from=2024-02&to=2025-02&q=%20veo%20&limit=10&cursor=${encodeCursor(20)}`,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        companies: ['meta', 'openai'],
        systems: ['sora'],
        types: ['release', 'partnership'],
        from: '2024-02-01',
        to: '2025-02-28',
        q: 'veo',
        offset: 20,
        at: null,
        limit: 10,
        order: 'newest',
      },
    });
  });

  it.each([
    ['company=meta,nope', 'company'],
    ['system=midjourney', 'system'],
    ['type=rumour', 'type'],
    ['from=2025-13-40', 'from'],
    ['to=2025-02-30', 'to'],
    ['from=yesterday', 'from'],
    ['from=2025-06-01&to=2025-01-01', 'from'],
    ['limit=100000', 'limit'],
    ['limit=0', 'limit'],
    ['limit=2.5', 'limit'],
    ['cursor=zzz', 'cursor'],
    ['company=meta&company=openai', 'company'],
    [`q=${'x'.repeat(10_000)}`, 'q'],
    ['at=2025-02-29', 'at'],
    ['at=2025-06', 'at'],
    ['at=15.06.2025', 'at'],
    ['at=2025-06-01&at=2025-06-02', 'at'],
    [`at=2025-06-01&cursor=${encodeCursor(50)}`, 'at'],
  ])('rejects %s naming "%s"', (qs, param) => {
    const r = failure(qs);
    expect(r.param).toBe(param);
    expect(r.message).toContain(param);
    expect(r.message.length).toBeLessThan(300);
  });
});

describe('at', () => {
  it('reads a real day, and an empty one as none', () => {
    expect(parse('at=2024-02-29&order=oldest')).toMatchObject({ ok: true, value: { at: '2024-02-29', offset: 0 } });
    expect(parse('at=')).toMatchObject({ ok: true, value: { at: null } });
  });

  it('says plainly what a malformed date is', () => {
    expect(failure('at=2025-13-01').message).toBe('parameter "at" must be a real date as YYYY-MM-DD');
  });
});

describe('helpers', () => {
  it('boundDay covers whole months, leap years included', () => {
    expect(boundDay('2024-02', 'end')).toBe('2024-02-29');
    expect(boundDay('2025-02', 'end')).toBe('2025-02-28');
    expect(boundDay('2025-12', 'start')).toBe('2025-12-01');
    expect(boundDay('2025-12-31', 'end')).toBe('2025-12-31');
    expect(boundDay('2025-13', 'start')).toBeNull();
  });

  it('normaliseText ignores case and accents', () => {
    expect(normaliseText('Vidéo ÉCLAIR')).toBe('video eclair');
  });

  it('cursor round-trips and rejects garbage', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor('not base64!')).toBeNull();
    expect(decodeCursor(btoa('o:-1'))).toBeNull();
  });
});
