/**
 * The data behind a chart, as the table an analyst can switch to and the CSV an export writes:
 * exactly the rows and columns the chart draws. `null` is "not disclosed" (an empty CSV cell, never 0).
 */
import { formatNumber } from './format';
import { formatQuantity } from './specs';

export type Cell = string | number | boolean | null;

export interface ChartColumn {
  key: string;
  label: string;
  /** Shown in the header and the CSV header: "Max clip length (s)". */
  unit?: string;
}

export interface ChartTable {
  columns: readonly ChartColumn[];
  rows: readonly Record<string, Cell>[];
  /** Where each row's first cell leads on the page (the version's section), as the chart's marks do. */
  links?: readonly (string | null)[];
}

export function columnHeader(c: ChartColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

/** The column every chart table ends with: the ids of the sources of the row's figures ("S12; S40"). */
export const SOURCES_COLUMN: ChartColumn = { key: 'sources', label: 'Source ids' };
export const sourcesCell = (ids: readonly string[]): string => [...new Set(ids)].join('; ');

/** Units the charts write with each value ("8 s", "1080p", "24 fps", "$0.40/s"); other numbers are counts. */
const LABELLED_UNITS = new Set(['s', 'p', 'fps', 'USD', 'USD/s']);

/**
 * A cell as the table shows it, with the formatter the chart's labels use: $0.10/s (not 0.1), 8 s, 1080p, and
 * thousands separators for counts (12,345). The CSV keeps the plain number.
 */
export function formatCell(value: Cell, unit?: string): string {
  if (value === null) return 'not disclosed';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number')
    return unit && LABELLED_UNITS.has(unit) ? formatQuantity(value, unit) : formatNumber(value);
  return value;
}
