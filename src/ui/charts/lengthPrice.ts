/**
 * Length versus price: one point per version, x its longest single generation (seconds), y its API price per
 * second of video (at the lowest output height it is sold at). A version missing either figure is not drawn but
 * listed as "not disclosed", with what is missing; an image model is not drawn at all.
 */
import { SOURCES_COLUMN, sourcesCell, type ChartTable } from '../chartTable';
import { formatValue } from '../specs';
import { niceTicks } from './niceTicks';
import { logTicks, type BarScale } from './barView';
import { companyColor, legendOf, uniqueIds, versionLabel, type ChartEntry, type LegendItem } from './entries';
import { lifecycleNote, statusSuffix } from './lifecycleText';

export interface LengthPricePoint {
  id: string;
  label: string;
  companyName: string;
  color: string;
  x: number;
  y: number;
  xText: string;
  yText: string;
  notes: string[];
  /** The text drawn by the dot: dots at the same place share one label ("Veo 3, Veo 3.1"), drawn once. */
  labelText: string;
  /** The same label, one name a line (a shared label stacked, so it stays as narrow as its longest name). */
  labelLines: string[];
  /** The label goes left of the dot in the right part of the chart, so that it stays inside. */
  labelLeft: boolean;
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

export interface LengthPriceSeries {
  points: LengthPricePoint[];
  /** Versions not drawn because a figure is not disclosed: "Sora 2 Pro: clip length". */
  missing: { label: string; what: string }[];
  scale: BarScale;
  x: Axis;
  y: Axis;
  table: ChartTable;
  sourceIds: string[];
  legend: LegendItem[];
  notes: string[];
}

function axisOf(values: number[], scale: BarScale): Axis {
  if (scale === 'log') {
    const positive = values.filter((v) => v > 0);
    const ticks = positive.length ? logTicks(Math.min(...positive), Math.max(...positive)) : [1, 10];
    return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
  }
  const ticks = niceTicks(Math.max(0, ...values) * 1.1); // a dot never sits on the chart's edge
  return { domain: [0, ticks.at(-1) ?? 1], ticks };
}

export function buildLengthPriceSeries(entries: readonly ChartEntry[], scale: BarScale = 'linear'): LengthPriceSeries {
  const notes: string[] = [];
  const video = entries.filter((e) => {
    if (e.version.modality === 'video') return true;
    notes.push(`${versionLabel(e.system, e.version)} is not drawn: an image model.`);
    return false;
  });
  const points: LengthPricePoint[] = [];
  const missing: LengthPriceSeries['missing'] = [];
  for (const e of video) {
    const length = e.specs.maxClipSeconds;
    const price = e.specs.pricePerSecond;
    const label = `${versionLabel(e.system, e.version)}${statusSuffix(e)}`;
    if (!length || !price) {
      const what = [!length && 'clip length', !price && 'price'].filter(Boolean).join(' and ');
      missing.push({ label, what });
      continue;
    }
    const caveats = [length.note, price.note].filter((n): n is string => Boolean(n));
    points.push({
      id: e.version.id,
      label,
      companyName: e.company?.name ?? e.system.companyId,
      color: companyColor(e.company),
      x: length.value,
      y: price.value,
      xText: formatValue(length),
      yText: `${formatValue(price)}${price.resolution ? ` at ${price.resolution}p` : ''}`,
      notes: caveats,
      labelLeft: false,
      labelText: label,
      labelLines: [label],
    });
    for (const n of caveats) notes.push(`${label}: ${n}.`);
  }
  if (missing.length)
    notes.push(`Not drawn, not disclosed: ${missing.map((m) => `${m.label} (${m.what})`).join('; ')}.`);
  for (const e of video) {
    const note = lifecycleNote(e);
    if (note) notes.push(note);
  }
  const table: ChartTable = {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'company', label: 'Company' },
      { key: 'length', label: 'Max clip length, single generation', unit: 's' },
      { key: 'price', label: 'API price per second of video', unit: 'USD/s' },
      { key: 'resolution', label: 'At output height', unit: 'p' },
      { key: 'status', label: 'Status' },
      { key: 'caveat', label: 'Caveat' },
      SOURCES_COLUMN,
    ],
    rows: video.map((e) => ({
      version: versionLabel(e.system, e.version),
      company: e.company?.name ?? e.system.companyId,
      length: e.specs.maxClipSeconds?.value ?? null,
      price: e.specs.pricePerSecond?.value ?? null,
      resolution: e.specs.pricePerSecond?.resolution ?? null,
      status: e.status ?? 'not yet out',
      caveat: [e.specs.maxClipSeconds?.note, e.specs.pricePerSecond?.note].filter(Boolean).join('; '),
      sources: sourcesCell([
        ...(e.specs.maxClipSeconds?.sourceIds ?? []),
        ...(e.specs.pricePerSecond?.sourceIds ?? []),
      ]),
    })),
  };
  const sourceIds = uniqueIds(
    video.flatMap((e) => [e.specs.maxClipSeconds?.sourceIds ?? [], e.specs.pricePerSecond?.sourceIds ?? []]),
  );
  const x = axisOf(
    points.map((p) => p.x),
    scale,
  );
  const at = (v: number) =>
    scale === 'log' ? Math.log(v / x.domain[0]) / Math.log(x.domain[1] / x.domain[0]) : v / (x.domain[1] || 1);
  return {
    points: points.map((p, i) => {
      const same = points.filter((q) => q.x === p.x && q.y === p.y);
      const lines = same[0] === points[i] ? same.map((q) => q.label) : [];
      return { ...p, labelLeft: at(p.x) > 0.6, labelText: lines.join(', '), labelLines: lines };
    }),
    missing,
    scale,
    x,
    y: axisOf(
      points.map((p) => p.y),
      scale,
    ),
    table,
    sourceIds,
    legend: legendOf(video.filter((e) => points.some((p) => p.id === e.version.id))),
    notes,
  };
}
