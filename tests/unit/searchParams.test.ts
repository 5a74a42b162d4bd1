import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../src/app/searchParams';

describe('router search params', () => {
  it('writes readable, comma-separated lists and drops empty values', () => {
    expect(stringifySearch({ company: ['meta', 'openai'], type: [], q: 'veo 3', from: '2024-01', to: undefined })).toBe(
      '?company=meta,openai&q=veo+3&from=2024-01',
    );
    expect(stringifySearch({})).toBe('');
  });

  it('reads strings, keeping repeated keys as a list for the route to judge', () => {
    expect(parseSearch('?company=meta,openai&q=a%26b&q=c')).toEqual({ company: 'meta,openai', q: ['a&b', 'c'] });
  });
});
