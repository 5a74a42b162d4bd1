/**
 * Release chronology: every version on one date axis, one row per system, coloured by company. Released
 * versions are filled points at their release date; versions only announced are hollow points at their
 * announcement; a retired version also has a cross at its retirement. A date known only to the month sits
 * mid-month.
 */
import type { Dated } from '../../data/schema';
import { formatDated } from '../format';
import { SOURCES_COLUMN, sourcesCell, type ChartTable } from '../chartTable';
import { placeLabels, type LabelLane } from './chronologyLabels';
import { versionHref } from '../links';
import { companyColor, legendOf, uniqueIds, versionLabel, type ChartEntry, type LegendItem } from './entries';

export interface ChronologyPoint {
  id: string;
  /** The version and its system: the point links to the version's section of the system's page. */
  versionId: string;
  systemId: string;
  label: string;
  versionName: string;
  /** The row the point sits on: the system's name, and its index in `rows`. */
  row: string;
  rowIndex: number;
  companyName: string;
  color: string;
  /** Milliseconds since the epoch (UTC). */
  x: number;
  /** A release (filled), an announcement only (hollow), or the version's retirement (a cross). */
  kind: 'released' | 'announced' | 'retired';
  /** "18 Jun 2025" or "Apr 2025". */
  dateText: string;
  /** A tier of another version (Veo 3.1 Fast): drawn smaller and unlabelled, so the row stays readable. */
  tier: boolean;
  /** Where the label goes: above or below the point, or further out when a neighbour's label is in the way. */
  labelLane: LabelLane;
  /** False when another label already says the same at this place (two retirements on one day). */
  labelled: boolean;
  /** Labels near either end of the axis lean inwards so they are not cut off. */
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface Chronology {
  rows: string[];
  points: ChronologyPoint[];
  domain: [number, number];
  ticks: number[];
  /** The as-of date as a time, when one is set. */
  asOf: number | null;
  table: ChartTable;
  sourceIds: string[];
  legend: LegendItem[];
  notes: string[];
}

const DAY = 86_400_000;

/** A dated value as a UTC time; a month-only date sits on the 15th. */
export function datedTime(d: Dated): number {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number | undefined];
  return Date.UTC(y, m - 1, d.precision === 'month' || !day ? 15 : day);
}

export function dayTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Tick times on 1 January (and 1 July when the span is short) covering [from, to]. */
export function timeTicks(from: number, to: number): number[] {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const halfYears = last - first <= 2;
  const ticks: number[] = [];
  for (let y = first; y <= last + 1; y++) {
    for (const month of halfYears ? [0, 6] : [0]) {
      const t = Date.UTC(y, month, 1);
      if (t >= from && t <= to) ticks.push(t);
    }
  }
  return ticks;
}

export function buildChronology(all: readonly ChartEntry[], asOf: string | null = null): Chronology {
  // A version not yet announced on the day shown is not part of the record yet.
  const entries = all.filter((e) => e.status !== null);
  const notes: string[] = [];
  const points: ChronologyPoint[] = [];
  const rows = [...new Set(entries.map((e) => e.system.name))];
  for (const e of entries) {
    const { announced, released, retired } = e.version.lifecycle;
    const dated = released ?? announced;
    const label = versionLabel(e.system, e.version);
    if (!dated) {
      notes.push(`${label} is not drawn: its release date is not disclosed.`);
      continue;
    }
    const point = {
      id: e.version.id,
      versionId: e.version.id,
      systemId: e.system.id,
      label,
      versionName: e.version.name,
      row: e.system.name,
      rowIndex: rows.indexOf(e.system.name),
      companyName: e.company?.name ?? e.system.companyId,
      color: companyColor(e.company),
      tier: Boolean(e.version.variantOf),
      labelLane: 0 as const,
      labelled: true,
      labelAnchor: 'middle' as const,
    };
    // As of a day, a release after it does not count yet: the version is drawn as announced.
    const out = released && e.status !== 'announced' ? released : null;
    const at = out ?? announced ?? dated;
    points.push({ ...point, x: datedTime(at), kind: out ? 'released' : 'announced', dateText: formatDated(at) });
    if (retired && e.status === 'retired') {
      points.push({
        ...point,
        id: `${e.version.id}:retired`,
        x: datedTime(retired),
        kind: 'retired',
        dateText: formatDated(retired),
      });
    }
  }
  points.sort((a, b) => a.x - b.x);
  const asOfTime = asOf ? dayTime(asOf) : null;
  const times = points.map((p) => p.x);
  const lo = times.length ? Math.min(...times) : (asOfTime ?? Date.UTC(2024, 0, 1));
  const hi = Math.max(times.length ? Math.max(...times) : lo, asOfTime ?? 0);
  const pad = Math.max(45 * DAY, (hi - lo) * 0.05);
  const domain: [number, number] = [lo - pad, hi + pad];
  for (const p of points) {
    const at = (p.x - domain[0]) / (domain[1] - domain[0]);
    p.labelAnchor = at < 0.12 ? 'start' : at > 0.88 ? 'end' : 'middle';
  }
  placeLabels(points, domain);
  const table: ChartTable = {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'company', label: 'Company' },
      { key: 'announced', label: 'Announced' },
      { key: 'released', label: 'Released' },
      { key: 'retired', label: 'Retired' },
      { key: 'status', label: 'Status' },
      SOURCES_COLUMN,
    ],
    rows: entries.map((e) => {
      const { announced, released, retired } = e.version.lifecycle;
      const shown = e.status === 'announced' ? null : released;
      return {
        version: versionLabel(e.system, e.version),
        company: e.company?.name ?? e.system.companyId,
        announced: announced?.date ?? null,
        released: shown?.date ?? 'not released',
        retired: e.status === 'retired' && retired ? retired.date : '',
        status: e.status ?? 'not yet announced',
        sources: sourcesCell(e.version.sourceIds), // a version's dates are sourced with it
      };
    }),
    links: entries.map((e) => versionHref(e.system.id, e.version.id)),
  };
  return {
    rows,
    points,
    domain,
    ticks: timeTicks(domain[0], domain[1]),
    asOf: asOfTime,
    table,
    sourceIds: uniqueIds(entries.map((e) => e.version.sourceIds)),
    legend: legendOf(entries),
    notes,
  };
}
