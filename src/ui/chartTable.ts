/**
 * The data behind a chart, as the table an analyst can switch to and the CSV an export writes:
 * exactly the rows and columns the chart draws. `null` is "not disclosed" (an empty CSV cell, never 0).
 */
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
}

export function columnHeader(c: ChartColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

/** The column every chart table ends with: the ids of the sources of the row's figures ("S12; S40"). */
export const SOURCES_COLUMN: ChartColumn = { key: 'sources', label: 'Source ids' };
export const sourcesCell = (ids: readonly string[]): string => [...new Set(ids)].join('; ');

export function formatCell(value: Cell): string {
  if (value === null) return 'not disclosed';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
