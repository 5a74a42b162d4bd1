import { describe, expect, it } from 'vitest';
import { eventOn } from '../support/events';
import type { Company, EventFacets } from '../../src/data/schema';
import { endDay, monthInRange, monthsBefore, monthsBetween, startDay } from '../../src/data/dates';
import {
  OTHER_KEY,
  OUTSIDE_KEY,
  buildDensitySeries,
  densityChartData,
  densityTable,
  densityTotal,
  dragRange,
} from '../../src/features/timeline/densitySeries';
import { buildEventRows, monthCounts } from '../../src/features/timeline/eventRows';
import { buildSwimLanes, monthTicks, swimLanesTable, tickLabel } from '../../src/features/timeline/laneSeries';
import { activePreset, presetRange } from '../../src/features/timeline/presets';

const company = (id: string, color: string | null): Company => ({
  id,
  name: id.toUpperCase(),
  color,
  url: null,
  sourceIds: ['S1'],
});
const companies = [company('meta', '#0072b2'), company('openai', '#009e73'), company('disney', null)];

const months: EventFacets['months'] = [
  { month: '2024-11', byCompany: { openai: 1 }, outside: 0 },
  { month: '2025-02', byCompany: { meta: 2, disney: 1 }, outside: 0 },
  { month: '2025-03', byCompany: {}, outside: 3 },
];

describe('dates', () => {
  it('bounds cover whole months, leap years included', () => {
    expect(startDay('2024-02')).toBe('2024-02-01');
    expect(endDay('2024-02')).toBe('2024-02-29');
    expect(endDay('2025-02-10')).toBe('2025-02-10');
  });

  it('counts months back from a day, clamping to shorter months', () => {
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
    expect(monthsBefore('2025-03-15', 12)).toBe('2024-03-15');
    expect(monthsBefore('2025-01-10', 1)).toBe('2024-12-10');
  });

  it('lists months across a year boundary and tells which overlap a range', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthInRange('2025-06', '2025-06-15', null)).toBe(true);
    expect(monthInRange('2025-05', '2025-06-15', null)).toBe(false);
    expect(monthInRange('2025-07', null, '2025-06')).toBe(false);
  });
});

describe('presets', () => {
  const today = new Date(2025, 7, 31, 15, 0); // 31 Aug 2025, local time
  it('are absolute ranges ending today', () => {
    expect(presetRange('last-6-months', today)).toEqual({ from: '2025-02-28', to: '2025-08-31' });
    expect(presetRange('last-12-months', today)).toEqual({ from: '2024-08-31', to: '2025-08-31' });
    expect(presetRange('all', today)).toEqual({ from: null, to: null });
  });
  it('a range is recognised as the preset it equals on that day', () => {
    expect(activePreset({ from: '2025-02-28', to: '2025-08-31' }, today)).toBe('last-6-months');
    expect(activePreset({ from: null, to: null }, today)).toBe('all');
    expect(activePreset({ from: '2025-02', to: null }, today)).toBeNull();
  });
});

describe('buildDensitySeries', () => {
  const d = buildDensitySeries(months, companies, { from: null, to: '2025-02' });

  it('fills every month between the first and the last, so the axis is continuous', () => {
    expect(d.rows.map((r) => r.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(d.rows.map((r) => r.total)).toEqual([1, 0, 0, 3, 0]);
  });

  it('stacks charted companies in dataset order, groups the others, and shows what the range leaves out', () => {
    expect(d.series.map((s) => s.key)).toEqual(['c:meta', 'c:openai', OTHER_KEY, OUTSIDE_KEY]);
    expect(d.rows[3]!.counts).toEqual({ 'c:meta': 2, [OTHER_KEY]: 1 });
    expect(d.rows[4]!.counts).toEqual({ [OUTSIDE_KEY]: 3 });
    expect(d.rows.map((r) => r.inRange)).toEqual([true, true, true, true, false]);
  });

  it('the coloured bars add up to the events listed, and table and chart carry the same numbers', () => {
    expect(densityTotal(d)).toBe(4);
    const table = densityTable(d);
    expect(table.columns.map((c) => c.key)).toEqual(['month', 'c:meta', 'c:openai', OTHER_KEY, OUTSIDE_KEY, 'total']);
    expect(table.rows[3]).toEqual({ month: '2025-02', 'c:meta': 2, 'c:openai': 0, other: 1, outside: 0, total: 3 });
    expect(densityChartData(d)[3]).toMatchObject({ month: '2025-02', 'c:meta': 2, 'c:openai': 0, other: 1 });
  });

  it('aggregates: one row per month however many events (never a mark per event)', () => {
    const many: EventFacets['months'] = [{ month: '2025-01', byCompany: { meta: 100_000 }, outside: 0 }];
    const big = buildDensitySeries(many, companies, { from: null, to: null });
    expect(big.rows).toHaveLength(1);
    expect(densityTotal(big)).toBe(100_000);
  });

  it('keeps the dataset’s whole span on the axis however narrow the filter', () => {
    const one: EventFacets['months'] = [{ month: '2025-02', byCompany: { meta: 1 }, outside: 0 }];
    const wide = buildDensitySeries(one, companies, { from: null, to: null }, { first: '2024-12', last: '2025-04' });
    expect(wide.rows.map((r) => r.month)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03', '2025-04']);
    expect(densityTotal(wide)).toBe(1);
  });

  it('is empty without months', () => {
    expect(buildDensitySeries([], companies, { from: null, to: null })).toEqual({ series: [], rows: [] });
  });

  it('a drag selects the months between its ends, whichever way it went', () => {
    expect(dragRange('2025-05', '2024-12')).toEqual({ from: '2024-12', to: '2025-05' });
    expect(dragRange('2025-05', '2025-05')).toEqual({ from: '2025-05', to: '2025-05' });
  });
});

describe('buildSwimLanes', () => {
  const lanes: EventFacets['lanes'] = [
    { companyId: 'disney', month: '2025-02', count: 1, types: { lawsuit: 1 } },
    { companyId: 'meta', month: '2025-02', count: 3, types: { release: 1, partnership: 2 } },
    { companyId: 'openai', month: '2024-11', count: 1, types: { release: 1 } },
  ];
  const s = buildSwimLanes(lanes, companies, { first: '2024-11', last: '2025-03' });

  it('gives one lane per company with events, charted companies first, on a shared month axis', () => {
    expect(s.lanes.map((l) => [l.companyId, l.color])).toEqual([
      ['meta', '#0072b2'],
      ['openai', '#009e73'],
      ['disney', '#8a8f98'],
    ]);
    expect(s.lanes[0]!.points).toEqual([
      { x: 2025 * 12 + 1, y: 0, month: '2025-02', count: 3, kinds: 'Partnership ×2, Release' },
    ]);
    expect(s.domain).toEqual([2024 * 12 + 10, 2025 * 12 + 2]);
  });

  it('puts round-month ticks on the axis and a row per mark in the table', () => {
    expect(s.ticks.map(tickLabel)).toEqual(['Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(monthTicks([2020 * 12, 2025 * 12 + 11]).map(tickLabel)).toEqual([
      'Jan 2020',
      'Jan 2021',
      'Jan 2022',
      'Jan 2023',
      'Jan 2024',
      'Jan 2025',
    ]);
    expect(swimLanesTable(s).rows).toContainEqual({
      company: 'DISNEY',
      month: '2025-02',
      events: 1,
      types: 'Lawsuit',
    });
  });
});

describe('buildEventRows', () => {
  const ev = eventOn;

  it('puts a month heading before each month’s events, with the API’s count for the month', () => {
    const rows = buildEventRows(
      [ev('c', '2025-03-02'), ev('b', '2025-02-20'), ev('a', '2025-02')],
      monthCounts([{ month: '2025-02', byCompany: { meta: 5, openai: 1 }, outside: 2 }]),
    );
    expect(rows.map((r) => (r.kind === 'month' ? `${r.label} (${r.count})` : r.event.id))).toEqual([
      'March 2025 (null)',
      'c',
      'February 2025 (6)',
      'b',
      'a',
    ]);
    expect(rows.filter((r) => r.kind === 'event').map((r) => r.kind === 'event' && r.position)).toEqual([1, 2, 3]);
  });
});
