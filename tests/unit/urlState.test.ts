/** Compare and Timeline read their URLs the same way, within the same limits. */
import { describe, expect, it } from 'vitest';
import { validateCompareSearch } from '../../src/features/compare/compareSearch';
import { validateTimelineSearch } from '../../src/features/timeline/timelineSearch';
import { MAX_ITEMS, MAX_TOKEN_LENGTH, pairParam, tokens } from '../../src/ui/urlState';

const many = Array.from({ length: MAX_ITEMS + 10 }, (_, i) => `id-${i}`).join(',');
const long = 'x'.repeat(MAX_TOKEN_LENGTH + 50);

describe('one URL-state mechanism', () => {
  it('cuts lists and tokens at the same limits on both pages', () => {
    expect(validateCompareSearch({ systems: many }).systems).toHaveLength(MAX_ITEMS);
    expect(validateTimelineSearch({ system: many }).system).toHaveLength(MAX_ITEMS);
    expect(validateCompareSearch({ systems: long }).systems?.[0]).toHaveLength(MAX_TOKEN_LENGTH);
    expect(validateTimelineSearch({ company: long }).company?.[0]).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('reads "a,b" and repeated keys alike, dropping blanks and repeats, except in a pair', () => {
    expect(tokens(['a, b', 'b,,c', ' '])).toEqual(['a', 'b', 'c']);
    expect(validateCompareSearch({ systems: ['sora', 'veo,sora'] }).systems).toEqual(['sora', 'veo']);
    expect(validateTimelineSearch({ company: ['meta', 'google,meta'] }).company).toEqual(['meta', 'google']);
    expect(pairParam.parse('veo-3,veo-3')).toEqual(['veo-3', 'veo-3']);
  });
});
