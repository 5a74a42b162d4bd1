import { toCanvas } from 'html-to-image';
import type { Source } from '../../data/schema';
import type { ChartTable } from '../chartTable';
import { sourcesText } from '../SourcesLine';
import { CAPTURE_STYLE_PROPERTIES } from './captureStyles';
import { composeSvg } from './composeSvg';
import { toCsv } from './csv';
import { withExportClone } from './exportClone';
import { paletteOf, type ExportTheme } from './exportTheme';
import { inlineSvgStyles } from './inlineStyles';
import { keepFontSizes } from './keepFontSizes';
import { exportFileName } from './fileName';
import { footerText, type DatasetStamp } from './footer';

/** What an export needs to know of one chart frame. */
export interface ExportableChart {
  id: string;
  title: string;
  subtitle?: string;
  table: ChartTable;
  sourceIds: readonly string[];
  /** The day the chart shows, or null for the dataset's date. */
  asOf: string | null;
  element: HTMLElement;
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

const skipControls = (node: HTMLElement) => !(node instanceof HTMLElement && node.dataset.exportIgnore !== undefined);

/** The copy's footer says the same URL and date as the export's context (the SVG composes its own). */
function setFooter(copy: HTMLElement, ctx: ExportContext) {
  const footer = copy.querySelector('[data-frame-footer]');
  if (footer) footer.textContent = footerText(ctx.url, ctx.date, ctx.dataset);
}

const encodePng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );

/** PNG of the frame as it looks on screen (in the chosen theme), at 1x, 2x or 4x, with an opaque background. */
export async function exportChartPng(chart: ExportableChart, scale: number, ctx: ExportContext): Promise<ExportFile> {
  const canvas = await withExportClone(chart.element, ctx.theme, (copy) => {
    setFooter(copy, ctx);
    // html-to-image copies an <svg> as it is, so its CSS-drawn colours and fonts are written onto it first.
    copy.querySelectorAll('svg').forEach(inlineSvgStyles);
    keepFontSizes(copy);
    return toCanvas(copy, {
      pixelRatio: scale,
      backgroundColor: paletteOf(copy).background,
      skipFonts: true, // system fonts only: nothing to embed, and the PNG matches the screen
      includeStyleProperties: CAPTURE_STYLE_PROPERTIES,
      filter: skipControls,
    });
  });
  return {
    blob: await encodePng(canvas),
    fileName: exportFileName(chart.title, 'png', ctx.date, scale === 1 ? '' : `-${scale}x`),
  };
}

/** Standalone SVG: title, subtitle, legend, chart, notes, sources and footer, styles inlined. */
export async function exportChartSvg(chart: ExportableChart, ctx: ExportContext): Promise<ExportFile> {
  const markup = await withExportClone(chart.element, ctx.theme, (copy) =>
    composeSvg(
      copy,
      {
        title: chart.title,
        subtitle: chart.subtitle,
        sourcesLine: sourcesText(chart.sourceIds, ctx.sources),
        footer: footerText(ctx.url, ctx.date, ctx.dataset),
      },
      paletteOf(copy),
    ),
  );
  return {
    blob: new Blob([markup], { type: 'image/svg+xml' }),
    fileName: exportFileName(chart.title, 'svg', ctx.date),
  };
}

export function exportChartCsv(chart: ExportableChart, ctx: Pick<ExportContext, 'date' | 'dataset'>): ExportFile {
  return {
    blob: new Blob([toCsv(chart.table, { asOf: chart.asOf, dataset: ctx.dataset })], {
      type: 'text/csv;charset=utf-8',
    }),
    fileName: exportFileName(chart.title, 'csv', ctx.date),
  };
}
