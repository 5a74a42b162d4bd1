/**
 * Ready-to-draw data for the horizontal bar charts (clip length, resolution, price): one bar per version,
 * a hatched stub labelled "not disclosed" where no source gives the value (never 0, never a missing bar),
 * and the table of exactly what is drawn.
 */
import type { NumberValue, PriceValue } from '../../data/schema';
import { NOT_DISCLOSED, formatNumber } from '../format';
import { formatValue } from '../specs';
import { versionHref } from '../links';
import { lifecycleNote, statusSuffix } from './lifecycleText';
import { SOURCES_COLUMN, sourcesCell, type Cell, type ChartColumn, type ChartTable } from '../chartTable';
import { niceTicks } from './niceTicks';
import { companyColor, legendOf, uniqueIds, versionLabel, type ChartEntry, type LegendItem } from './entries';

export interface BarDatum {
  id: string;
  /** The version's system: the bar links to the version's section of the system's page. */
  systemId: string;
  label: string;
  systemName: string;
  versionName: string;
  companyName: string;
  color: string;
  /** The disclosed value; null is "not disclosed". */
  value: number | null;
  /** A second, hatched segment beyond the value (clip length reached by extending clips). */
  extension: number | null;
  /** Length of the hatched "not disclosed" stub, or null when the value is known. */
  placeholder: number | null;
  /** Length of the whole bar: value plus extension, or the stub. */
  total: number;
  /** The share of the bar's length drawn solid (the rest is the hatched extension): 1 without an extension. */
  baseShare: number;
  /** Text drawn at the end of the bar, with a * when a caveat applies. */
  valueText: string;
  /** The same, shorter, for narrow charts: "5 → 21 s*". */
  shortText: string;
  /** Caveats, in words. */
  notes: string[];
}

export interface BarSeries {
  data: BarDatum[];
  table: ChartTable;
  sourceIds: string[];
  legend: LegendItem[];
  /** The value axis: linear from 0, or log (see barView); its ends and its ticks. */
  scale: 'linear' | 'log';
  domainMin: number;
  domainMax: number;
  ticks: number[];
  /** Caveats and exclusions, one sentence each, drawn under the chart. */
  notes: string[];
}

export interface BarSpec {
  /** Column label and unit for the table. */
  column: { label: string; unit: string };
  value: (e: ChartEntry) => NumberValue | PriceValue | null;
  extension?: { column: { label: string; unit: string }; value: (e: ChartEntry) => NumberValue | null; text: string };
  /** Versions this measure does not apply to, with the reason ("an image model"). */
  notApplicable?: (e: ChartEntry) => string | null;
  /** Values hold at one output height (prices): the table says which. */
  resolution?: boolean;
  /** More table columns, after the value (the cost chart's generations and price). */
  extra?: readonly { column: ChartColumn; value: (e: ChartEntry) => Cell }[];
}

const STUB_SHARE = 0.05;

export function buildBarSeries(entries: readonly ChartEntry[], spec: BarSpec): BarSeries {
  const notes: string[] = [];
  const drawn = entries.filter((e) => {
    const reason = spec.notApplicable?.(e);
    if (reason) notes.push(`${versionLabel(e.system, e.version)} is not drawn: ${reason}.`);
    return !reason;
  });
  const rows = drawn.map((e) => {
    const base = spec.value(e);
    const ext = spec.extension?.value(e) ?? null;
    const extension = ext && ext.value > (base?.value ?? 0) ? ext.value - (base?.value ?? 0) : null;
    const caveats = [base?.note, ext?.note].filter((n): n is string => Boolean(n));
    const valueText = [
      base ? formatValue(base) : NOT_DISCLOSED,
      ext && extension !== null ? `${spec.extension?.text} ${formatValue(ext)}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const mark = caveats.length ? '*' : '';
    const shortText =
      ext && extension !== null
        ? `${base ? formatNumber(base.value) : '?'} → ${formatValue(ext)}${mark}`
        : `${base ? formatValue(base) : NOT_DISCLOSED}${mark}`;
    return { e, base, ext, extension, caveats, valueText: `${valueText}${mark}`, shortText };
  });
  const ticks = niceTicks(Math.max(...rows.map((r) => (r.base?.value ?? 0) + (r.extension ?? 0)), 0));
  const domainMax = ticks.at(-1) ?? 1;
  const stub = domainMax * STUB_SHARE;
  const data: BarDatum[] = rows.map(({ e, base, extension, caveats, valueText, shortText }) => ({
    id: e.version.id,
    systemId: e.system.id,
    label: versionLabel(e.system, e.version),
    systemName: e.system.name,
    versionName: `${e.version.name}${statusSuffix(e)}`,
    companyName: e.company?.name ?? e.system.companyId,
    color: companyColor(e.company),
    value: base?.value ?? null,
    extension,
    placeholder: base || extension !== null ? null : stub,
    total: base || extension !== null ? (base?.value ?? 0) + (extension ?? 0) : stub,
    baseShare: extension === null ? 1 : (base?.value ?? 0) / ((base?.value ?? 0) + extension),
    valueText,
    shortText,
    notes: caveats,
  }));
  for (const d of data) for (const n of d.notes) notes.push(`${d.label}: ${n}.`);
  for (const e of drawn) {
    const note = lifecycleNote(e);
    if (note) notes.push(note);
  }

  const extCol = spec.extension?.column;
  const table: ChartTable = {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'company', label: 'Company' },
      { key: 'value', ...spec.column },
      ...(extCol ? [{ key: 'extended', ...extCol }] : []),
      ...(spec.resolution ? [{ key: 'resolution', label: 'At output height', unit: 'p' }] : []),
      ...(spec.extra ?? []).map((x) => x.column),
      { key: 'status', label: 'Status' },
      { key: 'caveat', label: 'Caveat' },
      SOURCES_COLUMN,
    ],
    rows: rows.map(({ e, base, ext }) => ({
      version: versionLabel(e.system, e.version),
      company: e.company?.name ?? e.system.companyId,
      value: base?.value ?? null,
      ...(extCol ? { extended: ext?.value ?? null } : {}),
      ...(spec.resolution ? { resolution: base && 'resolution' in base ? base.resolution : null } : {}),
      ...Object.fromEntries((spec.extra ?? []).map((x) => [x.column.key, x.value(e)])),
      status: e.status ?? 'not yet out',
      caveat: [base?.note, ext?.note].filter(Boolean).join('; ') || '',
      sources: sourcesCell(base || ext ? [...(base?.sourceIds ?? []), ...(ext?.sourceIds ?? [])] : e.version.sourceIds),
    })),
    links: rows.map(({ e }) => versionHref(e.system.id, e.version.id)),
  };
  const specSources = uniqueIds(rows.flatMap((r) => [r.base?.sourceIds ?? [], r.ext?.sourceIds ?? []]));
  return {
    data,
    table,
    sourceIds: specSources.length ? specSources : uniqueIds(drawn.map((e) => e.version.sourceIds)),
    legend: legendOf(drawn),
    scale: 'linear',
    domainMin: 0,
    domainMax,
    ticks,
    notes,
  };
}

const imageOnly = (e: ChartEntry) => (e.version.modality === 'image' ? 'an image model' : null);

/** Longest single generation, with the length reachable by extending clips as a hatched second segment. */
export function buildClipLengthSeries(entries: readonly ChartEntry[]): BarSeries {
  return buildBarSeries(entries, {
    column: { label: 'Max clip length, single generation', unit: 's' },
    value: (e) => e.specs.maxClipSeconds,
    extension: {
      column: { label: 'Max length with extensions', unit: 's' },
      value: (e) => e.specs.maxExtendedSeconds,
      text: 'extended up to',
    },
    notApplicable: imageOnly,
  });
}

/** Output height in pixels. */
export function buildResolutionSeries(entries: readonly ChartEntry[]): BarSeries {
  return buildBarSeries(entries, {
    column: { label: 'Max resolution (output height)', unit: 'p' },
    value: (e) => e.specs.maxResolution,
  });
}

/** Published API price per second of video of each tier, at the lowest output height it is sold at. */
export function buildPriceSeries(entries: readonly ChartEntry[]): BarSeries {
  return buildBarSeries(entries, {
    column: { label: 'API price per second of video', unit: 'USD/s' },
    value: (e) => e.specs.pricePerSecond,
    notApplicable: imageOnly,
    resolution: true,
  });
}
