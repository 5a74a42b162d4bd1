import { describe, expect, it } from 'vitest';
import { densityYAxis, type Density } from '../../src/features/timeline/densitySeries';
import { monthAt } from '../../src/features/timeline/monthAt';

/** A density whose tallest month stacks `tallest` events (some of them outside the date range). */
const density = (tallest: number): Density => ({
  series: [],
  rows: [
    { month: '2025-01', label: 'Jan', total: 1, inRange: true, counts: { a: 1 } },
    { month: '2025-02', label: 'Feb', total: tallest - 1, inRange: true, counts: { a: tallest - 1, outside: 1 } },
  ],
});

describe('the density chart’s y-axis', () => {
  it('has round ticks past the tallest stack, with thousands separators, and room for them', () => {
    const axis = densityYAxis(density(2345));
    expect(axis.ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(axis.labels).toEqual(['0', '500', '1,000', '1,500', '2,000', '2,500']);
    expect(axis.width).toBeGreaterThanOrEqual('2,500'.length * 7);
  });

  it('counts in whole events, also for small months', () => {
    expect(densityYAxis(density(190)).ticks).toEqual([0, 100, 200]);
    expect(densityYAxis(density(7)).ticks).toEqual([0, 2, 4, 6, 8]);
    for (const tallest of [1, 2, 3, 5, 7, 12]) {
      const { ticks } = densityYAxis(density(tallest));
      expect(ticks.every(Number.isInteger), `${tallest}: ${ticks.join(', ')}`).toBe(true);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(tallest);
    }
    expect(densityYAxis({ series: [], rows: [] }).ticks).toEqual([0, 1]);
  });

  it('is wider for 100,000 than for 10 events', () => {
    expect(densityYAxis(density(25_000)).width).toBeGreaterThan(densityYAxis(density(10)).width);
  });
});

describe('the month under the pointer', () => {
  const plot = { x: 50, y: 8, width: 300, height: 200 };
  const months = ['2025-01', '2025-02', '2025-03'];

  it('is the band the point falls in, whatever was hovered before', () => {
    expect(monthAt({ x: 51, y: 100 }, plot, months)).toBe('2025-01');
    expect(monthAt({ x: 200, y: 100 }, plot, months)).toBe('2025-02');
    expect(monthAt({ x: 350, y: 100 }, plot, months)).toBe('2025-03');
    // The month labels under the plot count as their month.
    expect(monthAt({ x: 200, y: 220 }, plot, months)).toBe('2025-02');
  });

  it('is none outside the plot (the y-axis, the legend), unless a drag clamps it to the nearest month', () => {
    expect(monthAt({ x: 20, y: 100 }, plot, months)).toBeNull();
    expect(monthAt({ x: 200, y: 300 }, plot, months)).toBeNull();
    expect(monthAt({ x: 20, y: 100 }, plot, months, true)).toBe('2025-01');
    expect(monthAt({ x: 900, y: 300 }, plot, months, true)).toBe('2025-03');
    expect(monthAt({ x: 200, y: 100 }, plot, [])).toBeNull();
  });
});
