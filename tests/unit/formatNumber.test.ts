import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/ui/format';

const enGB = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

describe('formatNumber', () => {
  it('writes whole numbers exactly as Intl does for en-GB, without making the Intl object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -99_999, max: 99_999 })), (n) => {
        expect(formatNumber(n)).toBe(enGB.format(n));
      }),
      { numRuns: 2000 },
    );
    for (const n of [0, -0, 999, 1000, -1000, 100_000, 1_000_000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER])
      expect(formatNumber(n)).toBe(enGB.format(n));
  });

  it('writes fractions and numbers beyond safe integers through Intl: 0.5, 2.25, 1,234.57', () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(2.25)).toBe('2.25');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(2 ** 60)).toBe(enGB.format(2 ** 60));
  });
});
