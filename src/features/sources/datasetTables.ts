/**
 * The whole dataset as flat tables a spreadsheet user can trust: one row per record, lists joined by "; ",
 * dates ISO (YYYY-MM-DD or YYYY-MM, with their precision), source ids on every row, and "not disclosed" said in a
 * status column rather than left as an ambiguous blank.
 */
import type { Dataset, SpecKey, SpecValue } from '../../data/schema';
import type { Cell, ChartTable } from '../../ui/chartTable';

export const LIST_SEPARATOR = '; ';
const list = (ids: readonly string[]) => ids.join(LIST_SEPARATOR);
const col = (key: string, label = key) => ({ key, label });

const SPEC_KEYS: readonly SpecKey[] = [
  'maxClipSeconds',
  'maxExtendedSeconds',
  'maxResolution',
  'frameRate',
  'nativeAudio',
  'textToVideo',
  'imageToVideo',
  'videoEditing',
  'personalisation',
  'pricePerSecond',
  'access',
  'parametersBillions',
];

function table(keys: readonly string[], rows: Record<string, Cell>[]): ChartTable {
  return { columns: keys.map((k) => col(k)), rows };
}

const step = (prefix: string, d: { date: string; precision: string; sourceIds: string[]; note?: string } | null) => ({
  [`${prefix}_date`]: d?.date ?? null,
  [`${prefix}_precision`]: d?.precision ?? null,
  [`${prefix}_source_ids`]: d ? list(d.sourceIds) : null,
  [`${prefix}_note`]: d?.note ?? null,
});

function specRow(versionId: string, spec: SpecKey, v: SpecValue | null): Record<string, Cell> {
  return {
    version_id: versionId,
    spec,
    value_status: v ? 'disclosed' : 'not disclosed',
    value: v ? v.value : null,
    unit: v?.unit ?? null,
    resolution: v && 'resolution' in v ? v.resolution : null,
    level: v && 'level' in v ? (v.level ?? null) : null,
    from_date: v?.from?.date ?? null,
    from_precision: v?.from?.precision ?? null,
    source_ids: v ? list(v.sourceIds) : null,
    note: v?.note ?? null,
  };
}

/** Every table of the dataset, by file name (without extension). */
export function datasetTables(ds: Dataset): Record<string, ChartTable> {
  const versions = ds.systems.flatMap((s) => s.versions.map((v) => ({ system: s, v })));
  return {
    companies: table(
      ['id', 'name', 'color', 'url', 'source_ids'],
      ds.companies.map((c) => ({ id: c.id, name: c.name, color: c.color, url: c.url, source_ids: list(c.sourceIds) })),
    ),
    systems: table(
      ['id', 'name', 'company_id', 'modalities', 'summary', 'url', 'source_ids'],
      ds.systems.map((s) => ({
        id: s.id,
        name: s.name,
        company_id: s.companyId,
        modalities: list(s.modalities),
        summary: s.summary,
        url: s.url,
        source_ids: list(s.sourceIds),
      })),
    ),
    versions: {
      columns: [
        ...['system_id', 'id', 'name', 'modality', 'variant_of', 'tier'].map((k) => col(k)),
        ...['announced', 'released', 'retired'].flatMap((p) =>
          ['date', 'precision', 'source_ids', 'note'].map((f) => col(`${p}_${f}`)),
        ),
        ...['released_access', 'retired_replaced_by', 'summary', 'note', 'source_ids'].map((k) => col(k)),
      ],
      rows: versions.map(({ system, v }) => ({
        system_id: system.id,
        id: v.id,
        name: v.name,
        modality: v.modality,
        variant_of: v.variantOf ?? null,
        tier: v.tier ?? null,
        ...step('announced', v.lifecycle.announced),
        ...step('released', v.lifecycle.released),
        ...step('retired', v.lifecycle.retired),
        released_access: v.lifecycle.released?.access ?? null,
        retired_replaced_by: v.lifecycle.retired?.replacedBy ?? null,
        summary: v.summary,
        note: v.note ?? null,
        source_ids: list(v.sourceIds),
      })),
    },
    spec_values: table(
      [
        'version_id',
        'spec',
        'value_status',
        'value',
        'unit',
        'resolution',
        'level',
        'from_date',
        'from_precision',
        'source_ids',
        'note',
      ],
      versions.flatMap(({ v }) =>
        SPEC_KEYS.flatMap((key) =>
          v.specs[key].length ? v.specs[key].map((x) => specRow(v.id, key, x)) : [specRow(v.id, key, null)],
        ),
      ),
    ),
    events: table(
      [
        'id',
        'date',
        'precision',
        'type',
        'title',
        'summary',
        'company_ids',
        'system_ids',
        'version_ids',
        'source_ids',
        'note',
      ],
      ds.events.map((e) => ({
        id: e.id,
        date: e.date,
        precision: e.precision,
        type: e.type,
        title: e.title,
        summary: e.summary,
        company_ids: list(e.companyIds),
        system_ids: list(e.systemIds),
        version_ids: list(e.versionIds),
        source_ids: list(e.sourceIds),
        note: e.note ?? null,
      })),
    ),
    sources: table(
      ['id', 'title', 'publisher', 'url', 'published', 'accessed', 'kind', 'note'],
      ds.sources.map((s) => ({ ...s, note: s.note ?? null })),
    ),
  };
}
