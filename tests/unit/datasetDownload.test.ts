import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DICTIONARY } from '../../src/features/sources/dataDictionary';
import { datasetTables, LIST_SEPARATOR } from '../../src/features/sources/datasetTables';
import { datasetFiles, datasetZip, datasetZipName } from '../../src/features/sources/datasetZip';
import { realDataset } from '../../src/mocks/dataset';

const ds = realDataset();
const files = datasetFiles(ds, 'https://genscope.example');
const rows = (name: string) =>
  Papa.parse<Record<string, string>>(files[`csv/${name}.csv`]!.slice(1), { header: true, skipEmptyLines: true }).data;
const ids = (cell: string | undefined) => (cell ? cell.split(LIST_SEPARATOR) : []);
const orNull = (cell: string | undefined) => (cell === '' || cell === undefined ? null : cell);

describe('the dataset download', () => {
  it('holds every table as CSV and JSON, the dictionary, the license and the citation, named by version', async () => {
    expect(Object.keys(files).sort()).toEqual([
      'CITATION.txt',
      'LICENSE.txt',
      'README.md',
      'csv/companies.csv',
      'csv/events.csv',
      'csv/sources.csv',
      'csv/spec_values.csv',
      'csv/systems.csv',
      'csv/versions.csv',
      'data-dictionary.md',
      'json/companies.json',
      'json/events.json',
      'json/meta.json',
      'json/sources.json',
      'json/systems.json',
    ]);
    expect(datasetZipName(ds)).toBe(`genscope-dataset-v${ds.meta.version}-${ds.meta.updatedAt}.zip`);
    expect(files['CITATION.txt']).toContain(`version ${ds.meta.version}`);
    const unzipped = unzipSync(new Uint8Array(await datasetZip(ds, 'x').arrayBuffer()));
    expect(Object.keys(unzipped)).toHaveLength(Object.keys(files).length);
    expect(JSON.parse(strFromU8(unzipped['json/events.json']!))).toEqual(ds.events);
  });

  it('every CSV parses back to the API’s records', () => {
    expect(
      rows('events').map((r) => ({
        id: r.id,
        date: r.date,
        precision: r.precision,
        type: r.type,
        title: r.title,
        summary: r.summary,
        companyIds: ids(r.company_ids),
        systemIds: ids(r.system_ids),
        versionIds: ids(r.version_ids),
        sourceIds: ids(r.source_ids),
        ...(r.note ? { note: r.note } : {}),
      })),
    ).toEqual(ds.events);
    expect(
      rows('sources').map((r) => ({
        id: r.id,
        title: r.title,
        publisher: r.publisher,
        url: orNull(r.url),
        published: orNull(r.published),
        accessed: r.accessed,
        kind: r.kind,
        ...(r.note ? { note: r.note } : {}),
      })),
    ).toEqual(ds.sources);
    expect(
      rows('companies').map((r) => ({
        id: r.id,
        name: r.name,
        color: orNull(r.color),
        url: orNull(r.url),
        sourceIds: ids(r.source_ids),
      })),
    ).toEqual(ds.companies);
    const versions = ds.systems.flatMap((s) => s.versions);
    expect(rows('versions').map((r) => [r.id, r.released_date, r.retired_date, r.retired_replaced_by])).toEqual(
      versions.map((v) => [
        v.id,
        v.lifecycle.released?.date ?? '',
        v.lifecycle.retired?.date ?? '',
        v.lifecycle.retired?.replacedBy ?? '',
      ]),
    );
  });

  it('says "not disclosed" in a status column, never as an empty value that could read as 0', () => {
    const specs = rows('spec_values');
    const veo3Price = specs.filter((r) => r.version_id === 'veo-3' && r.spec === 'pricePerSecond');
    expect(veo3Price).toEqual([
      expect.objectContaining({ value_status: 'disclosed', value: '0.4', from_date: '2025-09-09' }),
    ]);
    const undisclosed = specs.find((r) => r.version_id === 'vibes' && r.spec === 'maxClipSeconds')!;
    expect(undisclosed).toMatchObject({ value_status: 'not disclosed', value: '' });
    for (const r of specs) expect(r.value_status === 'disclosed' ? r.source_ids : 'ok').not.toBe('');
  });

  it('the data dictionary explains every column of every table', () => {
    for (const [name, table] of Object.entries(datasetTables(ds)))
      expect(
        table.columns.map((c) => c.key).filter((k) => !DICTIONARY[name]?.[k]),
        name,
      ).toEqual([]);
  });
});
