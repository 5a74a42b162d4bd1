import type { ReactNode } from 'react';
import type { Source } from '../../data/schema';
import type { ChartTable } from '../chartTable';
import type { ExportTheme, Palette } from './exportTheme';
import type { DatasetStamp } from './footer';

/**
 * How a legend key is drawn: a square swatch, a filled dot (yes), a ring (no / announced), a hatch (extended /
 * not disclosed) or a cross (retired).
 */
export type LegendMark = 'swatch' | 'dot' | 'ring' | 'hatch' | 'cross';

/** One legend key. `color` is a CSS colour; `var(--muted)` follows the theme (on screen and in exports). */
export interface LegendEntry {
  label: string;
  color: string;
  mark: LegendMark;
}

/** A chart drawn as SVG markup by a pure layout function, for charts whose on-screen form is HTML. */
export interface SvgBlock {
  width: number;
  height: number;
  /** The drawing placed with its top-left corner at (x, y). */
  svg: (x: number, y: number) => string;
}

export type DrawSvg = (width: number, palette: Palette) => SvgBlock;

/** What a chart frame is made of, as data: drawn on screen by ChartFrame and in exports by ExportFrame. */
export interface FrameParts {
  title: string;
  /** With "as of <day>" when the chart shows a day. */
  subtitle?: string;
  legend: readonly LegendEntry[];
  /** Caveats, one sentence each (drawn with a leading "* "). */
  notes: readonly string[];
  sourceIds: readonly string[];
  /** Said instead of the chart when there is nothing to draw; null when there is a chart. */
  empty: string | null;
}

/** What an export needs of one chart frame: its parts, its data, and the chart to render off screen. */
export interface ExportableChart extends FrameParts {
  id: string;
  table: ChartTable;
  /** The day the chart shows, or null for the dataset's date. */
  asOf: string | null;
  /** The frame on the page: for the page order and the width of the image. */
  element: HTMLElement;
  /** The chart itself (the same element the frame shows), rendered again off screen for an export. */
  chart: ReactNode;
  /** An SVG drawing of the chart, for charts drawn in HTML (the off-screen render is used for the PNG). */
  drawSvg?: DrawSvg;
}

export interface ExportContext {
  sources: readonly Source[] | undefined;
  dataset: DatasetStamp | undefined;
  url: string;
  date: Date;
  theme: ExportTheme;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}
