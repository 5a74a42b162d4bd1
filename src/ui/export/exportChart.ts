import { toCanvas } from 'html-to-image';
import type { Source } from '../../data/schema';
import type { ChartTable } from '../chartTable';
import { formatDate } from '../format';
import { sourcesText } from '../SourcesLine';
import { composeSvg } from './composeSvg';
import { toCsv } from './csv';
import { withExportTheme, type ExportTheme } from './exportTheme';
import { exportFileName, isoDay } from './fileName';

/** What an export needs to know of one chart frame. */
export interface ExportableChart {
  id: string;
  title: string;
  subtitle?: string;
  table: ChartTable;
  sourceIds: readonly string[];
  element: HTMLElement;
}

export interface ExportContext {
  sources: readonly Source[] | undefined;
  url: string;
  date: Date;
  theme: ExportTheme;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export const footerText = (url: string, date: Date) => `Genscope · ${url} · ${formatDate(isoDay(date))}`;

const skipControls = (node: HTMLElement) => !(node instanceof HTMLElement && node.dataset.exportIgnore !== undefined);

/** PNG of the frame as it looks on screen, at 1x, 2x or 4x, with an opaque background. */
export async function exportChartPng(chart: ExportableChart, scale: number, ctx: ExportContext): Promise<ExportFile> {
  const blob = await withExportTheme(chart.element, ctx.theme, async (palette) => {
    const canvas = await toCanvas(chart.element, {
      pixelRatio: scale,
      backgroundColor: palette.background,
      skipFonts: true, // system fonts only: nothing to embed, and the PNG matches the screen
      filter: skipControls,
    });
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
  });
  return { blob, fileName: exportFileName(chart.title, 'png', ctx.date, scale === 1 ? '' : `-${scale}x`) };
}

/** Standalone SVG: title, subtitle, legend, chart, sources and footer, styles inlined. */
export async function exportChartSvg(chart: ExportableChart, ctx: ExportContext): Promise<ExportFile> {
  const markup = await withExportTheme(chart.element, ctx.theme, (palette) =>
    composeSvg(
      chart.element,
      {
        title: chart.title,
        subtitle: chart.subtitle,
        sourcesLine: sourcesText(chart.sourceIds, ctx.sources),
        footer: footerText(ctx.url, ctx.date),
      },
      palette,
    ),
  );
  return {
    blob: new Blob([markup], { type: 'image/svg+xml' }),
    fileName: exportFileName(chart.title, 'svg', ctx.date),
  };
}

export function exportChartCsv(chart: ExportableChart, date: Date): ExportFile {
  return {
    blob: new Blob([toCsv(chart.table)], { type: 'text/csv;charset=utf-8' }),
    fileName: exportFileName(chart.title, 'csv', date),
  };
}
