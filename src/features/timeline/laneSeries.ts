/**
 * Swim lanes: one lane per company on a shared month axis, one mark per company and month (sized by the
 * number of events), built from the API's aggregate so it scales with the dataset.
 */
import type { Company, EventFacets, EventType } from '../../data/schema';
import type { ChartTable } from '../../ui/chartTable';
import { monthFromIndex, monthIndex, monthShort } from '../../data/dates';
import { typeLabel } from './eventTypes';

const NO_COLOR = '#8a8f98';

export interface LanePoint {
  x: number;
  y: number;
  month: string;
  count: number;
  /** "Release, Partnership ×2" */
  kinds: string;
}

export interface Lane {
  companyId: string;
  name: string;
  color: string;
  points: LanePoint[];
}

export interface SwimLanes {
  lanes: Lane[];
  /** Month indexes (see `monthIndex`) of the shared axis. */
  domain: [number, number];
  ticks: number[];
}

function describeKinds(types: Partial<Record<EventType, number>>): string {
  return Object.entries(types)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([t, n]) => `${typeLabel(t as EventType)}${n && n > 1 ? ` ×${n}` : ''}`)
    .join(', ');
}

/** Lanes in the dataset's company order, companies that build a compared system first. */
export function buildSwimLanes(
  lanes: EventFacets['lanes'],
  companies: readonly Company[],
  axis: { first: string; last: string },
): SwimLanes {
  const ordered = [...companies.filter((c) => c.color), ...companies.filter((c) => !c.color)];
  const withEvents = ordered.filter((c) => lanes.some((l) => l.companyId === c.id));
  const out = withEvents.map((c, y): Lane => ({
    companyId: c.id,
    name: c.name,
    color: c.color ?? NO_COLOR,
    points: lanes
      .filter((l) => l.companyId === c.id)
      .map((l) => ({ x: monthIndex(l.month), y, month: l.month, count: l.count, kinds: describeKinds(l.types) })),
  }));
  const domain: [number, number] = [monthIndex(axis.first), monthIndex(axis.last)];
  return { lanes: out, domain, ticks: monthTicks(domain) };
}

/** At most about eight ticks on month boundaries: every 1, 2, 3, 6 or 12 months, starting on a round month. */
export function monthTicks([min, max]: [number, number], target = 8): number[] {
  const span = max - min + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => span / s <= target) ?? 120;
  const ticks: number[] = [];
  for (let i = Math.ceil(min / step) * step; i <= max; i += step) ticks.push(i);
  return ticks.length ? ticks : [min];
}

export const tickLabel = (index: number) => monthShort(monthFromIndex(index));

export function swimLanesTable(s: SwimLanes): ChartTable {
  return {
    columns: [
      { key: 'company', label: 'Company' },
      { key: 'month', label: 'Month' },
      { key: 'events', label: 'Events', unit: 'events' },
      { key: 'types', label: 'Types' },
    ],
    rows: s.lanes.flatMap((l) =>
      l.points.map((p) => ({ company: l.name, month: p.month, events: p.count, types: p.kinds })),
    ),
  };
}
