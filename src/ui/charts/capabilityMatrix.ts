/** The capability matrix: one row per version, one column per capability, each cell yes / no / not disclosed. */
import type { SpecKey } from '../../data/schema';
import { formatSpec } from '../specs';
import { statusSuffix } from './lifecycleText';
import { versionHref } from '../links';
import { SOURCES_COLUMN, sourcesCell, type ChartTable } from '../chartTable';
import { companyColor, legendOf, uniqueIds, versionLabel, type ChartEntry, type LegendItem } from './entries';

export const CAPABILITIES = [
  { key: 'frameRate', label: 'Frame rate', unit: 'fps' },
  { key: 'nativeAudio', label: 'Native audio' },
  { key: 'textToVideo', label: 'Text-to-video' },
  { key: 'imageToVideo', label: 'Image-to-video' },
  { key: 'videoEditing', label: 'Video editing' },
  { key: 'personalisation', label: 'Personalisation' },
] as const satisfies readonly { key: SpecKey; label: string; unit?: string }[];

export type CapabilityKey = (typeof CAPABILITIES)[number]['key'];

export type MatrixCellKind = 'yes' | 'no' | 'value' | 'not-disclosed';

export interface MatrixCell {
  kind: MatrixCellKind;
  /** "Yes", "No", "24 fps" or "not disclosed". */
  text: string;
  note: string | null;
}

export interface MatrixRow {
  id: string;
  /** The version's system: the row links to the version's section of the system's page. */
  systemId: string;
  label: string;
  color: string;
  cells: Record<CapabilityKey, MatrixCell>;
}

export interface CapabilityMatrix {
  rows: MatrixRow[];
  table: ChartTable;
  sourceIds: string[];
  legend: LegendItem[];
  /** The caveats marked * in the cells, one sentence each. */
  notes: string[];
}

function cellOf(entry: ChartEntry, key: CapabilityKey): MatrixCell {
  const spec = entry.specs[key];
  const text = formatSpec(entry.specs, key);
  if (!spec) return { kind: 'not-disclosed', text, note: null };
  const kind: MatrixCellKind = typeof spec.value === 'boolean' ? (spec.value ? 'yes' : 'no') : 'value';
  return { kind, text, note: spec.note ?? null };
}

export function buildCapabilityMatrix(entries: readonly ChartEntry[]): CapabilityMatrix {
  const rows = entries.map((e) => ({
    id: e.version.id,
    systemId: e.system.id,
    label: `${versionLabel(e.system, e.version)}${statusSuffix(e)}`,
    color: companyColor(e.company),
    cells: Object.fromEntries(CAPABILITIES.map((c) => [c.key, cellOf(e, c.key)])) as Record<CapabilityKey, MatrixCell>,
  }));
  const table: ChartTable = {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'company', label: 'Company' },
      ...CAPABILITIES.map((c) => ({ key: c.key, label: c.label, ...('unit' in c ? { unit: c.unit } : {}) })),
      { key: 'caveat', label: 'Caveat' },
      SOURCES_COLUMN,
    ],
    rows: entries.map((e) => ({
      version: `${versionLabel(e.system, e.version)}${statusSuffix(e)}`,
      company: e.company?.name ?? e.system.companyId,
      ...Object.fromEntries(CAPABILITIES.map((c) => [c.key, e.specs[c.key]?.value ?? null])),
      caveat: CAPABILITIES.flatMap((c) => {
        const note = e.specs[c.key]?.note;
        return note ? [`${c.label}: ${note}`] : [];
      }).join('; '),
      sources: sourcesCell(CAPABILITIES.flatMap((c) => e.specs[c.key]?.sourceIds ?? [])),
    })),
    links: entries.map((e) => versionHref(e.system.id, e.version.id)),
  };
  const sourceIds = uniqueIds(entries.flatMap((e) => CAPABILITIES.map((c) => e.specs[c.key]?.sourceIds ?? [])));
  const notes = rows.flatMap((r) =>
    CAPABILITIES.flatMap((c) => (r.cells[c.key].note ? [`${r.label}, ${c.label}: ${r.cells[c.key].note}.`] : [])),
  );
  return {
    rows,
    notes,
    table,
    sourceIds: sourceIds.length ? sourceIds : uniqueIds(entries.map((e) => e.version.sourceIds)),
    legend: legendOf(entries),
  };
}
