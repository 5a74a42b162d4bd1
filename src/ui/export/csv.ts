import Papa from 'papaparse';
import { columnHeader, type Cell, type ChartTable } from '../chartTable';
import type { DatasetStamp } from './footer';

/**
 * OWASP's formula-leading characters (= + - @ tab CR, and line feed since 2025), tested on the first character
 * only: papaparse's default pattern ends in `.*$` and so misses a formula followed by a line break.
 */
const FORMULA_LEADING = /^[=+\-@\t\r\n]/;
const BOM = '\uFEFF';

export const NOT_DISCLOSED_TEXT = 'not disclosed';

function csvValue(value: Cell, blanks: boolean): string | number {
  if (value === null) return blanks ? '' : NOT_DISCLOSED_TEXT; // never 0
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

/** The "Disclosure" cell of a row: "complete", or which of its columns no source gives. */
function disclosure(table: ChartTable, row: ChartTable['rows'][number]): string {
  const missing = table.columns.filter((c) => (row[c.key] ?? null) === null).map(columnHeader);
  return missing.length ? `${NOT_DISCLOSED_TEXT}: ${missing.join('; ')}` : 'complete';
}

/** The day a chart shows (null: the dataset's date) and the dataset, written as two columns on every row. */
export interface CsvStamp {
  asOf: string | null;
  dataset: DatasetStamp | null | undefined;
}

/**
 * RFC 4180 CSV of exactly the table shown: a header row with units, CRLF line ends, UTF-8 with a BOM so that
 * spreadsheets read accents right, and formula-leading text neutralised with a leading apostrophe.
 *
 * A chart's CSV (with a stamp) writes an unknown value as the words "not disclosed", so that it never reads as a
 * blank or a 0, and adds a "Disclosure" column (which of the row's figures no source gives), then "As of" (ISO day)
 * and "Dataset". Without a stamp (the dataset's own tables, which carry a value_status) a null stays empty.
 */
export function toCsv(table: ChartTable, stamp?: CsvStamp): string {
  const extra = stamp ? ['Disclosure', 'As of', 'Dataset'] : [];
  const fields = [...table.columns.map(columnHeader), ...extra];
  const stampCells = stamp
    ? [stamp.asOf ?? stamp.dataset?.updatedAt ?? '', stamp.dataset ? `Genscope ${stamp.dataset.version}` : '']
    : [];
  const data = table.rows.map((row) => [
    ...table.columns.map((c) => csvValue(row[c.key] ?? null, !stamp)),
    ...(stamp ? [disclosure(table, row), ...stampCells] : []),
  ]);
  return (
    BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_LEADING, quotes: false }) + '\r\n'
  );
}
