import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/createApi';
import { matchRanges, parseTextQuery, textMatches, normaliseText } from '../../src/data/textQuery';
import { realDataset } from '../../src/mocks/dataset';

describe('text queries: words, not phrases', () => {
  it('reads words (any order) and "quoted phrases", ignoring case, accents and control characters', () => {
    expect(parseTextQuery('Meta  Midjourney')).toEqual(['meta', 'midjourney']);
    expect(parseTextQuery('"licenses Midjourney" meta')).toEqual(['licenses midjourney', 'meta']);
    expect(parseTextQuery('“Vidéo Gen”')).toEqual(['video gen']);
    expect(parseTextQuery('a\u0000b')).toEqual(['a', 'b']);
    expect(parseTextQuery('meta meta')).toEqual(['meta']);
    expect(parseTextQuery('"unclosed phrase')).toEqual(['unclosed', 'phrase']);
  });

  it('a query of only control or white-space characters is no query', () => {
    for (const q of ['', '   ', '\u0000\u0007', '\u200b\u202e', '\t\n', '""', '“ ”'])
      expect(parseTextQuery(q)).toEqual([]);
  });

  it('matches a text holding every word, wherever they are', () => {
    const text = normaliseText("Meta licenses Midjourney's technology");
    expect(textMatches(text, parseTextQuery('midjourney META'))).toBe(true);
    expect(textMatches(text, parseTextQuery('"midjourney meta"'))).toBe(false);
    expect(textMatches(text, parseTextQuery('meta sora'))).toBe(false);
  });

  it('the API finds "meta midjourney", and treats a control-character query as no query', async () => {
    const ds = realDataset();
    const api = createApi(() => ds);
    const get = async (q: string) => {
      const res = api({ method: 'GET', path: '/api/v1/events', query: new URLSearchParams({ q, limit: '500' }) });
      return res.body as { data: { title: string }[]; total: number };
    };
    const words = await get('meta midjourney');
    expect(words.data.map((e) => e.title)).toContain("Meta licenses Midjourney's technology");
    expect((await get('"midjourney meta"')).total).toBe(0);
    expect((await get('\u0000\u200b  ')).total).toBe(ds.events.length);
  });
});

describe('matchRanges: where the search marks a text', () => {
  const marked = (text: string, q: string) => matchRanges(text, parseTextQuery(q)).map(([a, b]) => text.slice(a, b));
  it('marks each word and phrase as written, ignoring case and accents', () => {
    expect(marked("Meta licenses Midjourney's technology", 'meta midjourney')).toEqual(['Meta', 'Midjourney']);
    expect(marked('Une Vidéo  générée', '"video generee"')).toEqual(['Vidéo  générée']);
    expect(marked('Sora 2 and Sora', 'sora')).toEqual(['Sora', 'Sora']);
  });
  it('merges overlapping matches and marks nothing for no query', () => {
    expect(marked('Midjourney', 'mid journey')).toEqual(['Midjourney']);
    expect(marked('Midjourney', '\u200b\u0007 ')).toEqual([]);
  });
});

describe('matchRanges on plain ASCII (the fast path)', () => {
  it('marks what the unit-by-unit reading marks', () => {
    // A trailing "€" sends the same text through the unit-by-unit reading; no needle can reach into it.
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'c', ' ', '  ', '\t', '-', '1', '"') });
    const needle = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '1', '-'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(text, fc.array(needle, { minLength: 1, maxLength: 3 }), (t, needles) => {
        expect(matchRanges(t, needles)).toEqual(matchRanges(`${t}€`, needles));
      }),
      { numRuns: 2000 },
    );
  });
});
