import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import { sortSourceIds, sourcesText } from '../../src/ui/SourcesLine';

describe('source order', () => {
  it('sorts ids as a reader counts (S9 before S10 and S100), once each', () => {
    expect(sortSourceIds(['S100', 'S10', 'S9', 'S1', 'S10', 'S2'])).toEqual(['S1', 'S2', 'S9', 'S10', 'S100']);
  });

  it('names publishers once each, in the order of their sources', () => {
    const source = (id: string, publisher: string) => ({ id, publisher }) as Source;
    const sources = [source('S10', 'Later'), source('S2', 'Earlier'), source('S3', 'Later')];
    expect(sourcesText(['S10', 'S3', 'S2'], sources)).toBe('Sources: Earlier; Later');
  });
});
