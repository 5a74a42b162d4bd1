/**
 * "Download the dataset": one zip with every table as CSV and as JSON (the API's own records), the data dictionary,
 * the license and how to cite it, named after the dataset's version and date.
 */
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../data/schema';
import { toCsv } from '../../ui/export/csv';
import { formatDate } from '../../ui/format';
import { dictionaryMarkdown } from './dataDictionary';
import { datasetTables } from './datasetTables';

export function datasetZipName(ds: Dataset): string {
  return `genscope-dataset-v${ds.meta.version}-${ds.meta.updatedAt}.zip`;
}

export function citationText(ds: Dataset, url: string): string {
  return `${ds.meta.title}, version ${ds.meta.version} (${formatDate(ds.meta.updatedAt)}). Genscope. ${url}. ${ds.meta.license}.`;
}

export function datasetFiles(ds: Dataset, url: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, table] of Object.entries(datasetTables(ds))) files[`csv/${name}.csv`] = toCsv(table); // no stamp: nulls stay empty, value_status says why
  const json = { meta: ds.meta, companies: ds.companies, systems: ds.systems, events: ds.events, sources: ds.sources };
  for (const [name, value] of Object.entries(json)) files[`json/${name}.json`] = `${JSON.stringify(value, null, 2)}\n`;
  files['data-dictionary.md'] = dictionaryMarkdown();
  files['LICENSE.txt'] =
    `${ds.meta.license}\n\nEach value cites its sources (sources.csv); the facts belong to their publishers.\n`;
  files['CITATION.txt'] = `${citationText(ds, url)}\n`;
  files['README.md'] = [
    `# ${ds.meta.title} ${ds.meta.version}`,
    '',
    ds.meta.description,
    '',
    `True on ${formatDate(ds.meta.updatedAt)}. csv/ holds one table per file (see data-dictionary.md); json/ the same records as the data API serves them.`,
    '"not disclosed" is a value_status, never an empty cell standing for 0. How to cite it: CITATION.txt.',
    '',
  ].join('\n');
  return files;
}

export function datasetZip(ds: Dataset, url: string): Blob {
  const files = Object.fromEntries(Object.entries(datasetFiles(ds, url)).map(([name, text]) => [name, strToU8(text)]));
  const zipped = zipSync(files, { level: 6 });
  return new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' });
}
