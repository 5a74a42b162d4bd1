import Papa from 'papaparse';
import { columnHeader, type Cell, type ChartTable } from '../chartTable';
import type { DatasetStamp } from './footer';

/**
 * OWASP's formula-leading characters (= + - @ tab CR, and line feed since 2025), tested on the first character
 * only: papaparse's default pattern ends in `.*$` and so misses a formula followed by a line break.
 */
const FORMULA_LEADING = /^[=+\-@\t\r\n]/;
const BOM = '\uFEFF';

function csvValue(value: Cell): string | number {
  if (value === null) return ''; // not disclosed: empty, never 0
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

/** The day a chart shows (null: the dataset's date) and the dataset, written as two columns on every row. */
export interface CsvStamp {
  asOf: string | null;
  dataset: DatasetStamp | null | undefined;
}

/**
 * RFC 4180 CSV of exactly the table shown (plus, with a stamp, "As of" and "Dataset" columns): a header row with units, CRLF line ends, UTF-8 with a BOM so that
 * spreadsheets read accents right, and formula-leading text neutralised with a leading apostrophe.
 */
export function toCsv(table: ChartTable, stamp?: CsvStamp): string {
  const extra = stamp ? ['As of', 'Dataset'] : [];
  const fields = [...table.columns.map(columnHeader), ...extra];
  const stampCells = stamp
    ? [stamp.asOf ?? stamp.dataset?.updatedAt ?? '', stamp.dataset ? `Genscope ${stamp.dataset.version}` : '']
    : [];
  const data = table.rows.map((row) => [...table.columns.map((c) => csvValue(row[c.key] ?? null)), ...stampCells]);
  return (
    BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_LEADING, quotes: false }) + '\r\n'
  );
}
