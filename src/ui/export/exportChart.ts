import { toCanvas } from 'html-to-image';
import { createRef, createElement } from 'react';
import { sourcesText } from '../SourcesLine';
import { CAPTURE_STYLE_PROPERTIES } from './captureStyles';
import { composeExportSvg } from './composeExportSvg';
import { toCsv } from './csv';
import { ExportFrame } from './ExportFrame';
import { PALETTES } from './exportTheme';
import { exportFileName } from './fileName';
import { footerText } from './footer';
import { cloneWithInlineStyles, inlineSvgStyles } from './inlineStyles';
import { keepFontSizes } from './keepFontSizes';
import type { ExportableChart, ExportContext, ExportFile, SvgBlock } from './parts';
import { withOffscreenRender } from './renderOffscreen';
import { EXPORT_FONT, measureText } from './svgText';

/** The chart's frame drawn off screen in the export's theme, and what `run` makes of it. */
function withExportFrame<T>(
  chart: ExportableChart,
  ctx: ExportContext,
  run: (frame: HTMLElement, chartBox: HTMLDivElement | null) => Promise<T> | T,
): Promise<T> {
  const chartBox = createRef<HTMLDivElement>();
  const frame = createElement(ExportFrame, {
    parts: chart,
    chart: chart.chart,
    theme: ctx.theme,
    width: chart.element.getBoundingClientRect().width,
    sourcesLine: chart.sourceIds.length ? sourcesText(chart.sourceIds, ctx.sources) : null,
    footer: footerText(ctx.url, ctx.date, ctx.dataset),
    chartRef: chartBox,
  });
  return withOffscreenRender(chart.element, frame, (node) => run(node, chartBox.current));
}

const encodePng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );

/** PNG of the frame in the chosen theme, at 1x, 2x or 4x, with an opaque background. */
export async function exportChartPng(chart: ExportableChart, scale: number, ctx: ExportContext): Promise<ExportFile> {
  const canvas = await withExportFrame(chart, ctx, (frame) => {
    // html-to-image copies an <svg> as it is, so its CSS-drawn colours and fonts are written onto it first.
    frame.querySelectorAll('svg').forEach(inlineSvgStyles);
    keepFontSizes(frame);
    return toCanvas(frame, {
      pixelRatio: scale,
      backgroundColor: PALETTES[ctx.theme].background,
      skipFonts: true, // system fonts only: nothing to embed, and the PNG matches the screen
      includeStyleProperties: CAPTURE_STYLE_PROPERTIES,
    });
  });
  return {
    blob: await encodePng(canvas),
    fileName: exportFileName(chart.title, 'png', ctx.date, scale === 1 ? '' : `-${scale}x`, viewOf(chart, ctx)),
  };
}

/** The chart's own <svg> as drawn off screen, with its computed styles written onto a copy. */
function renderedSvg(svg: SVGSVGElement): SvgBlock {
  const { width, height } = svg.getBoundingClientRect();
  const copy = cloneWithInlineStyles(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('style');
  return {
    width,
    height,
    svg: (x, y) => {
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      return new XMLSerializer().serializeToString(copy);
    },
  };
}

/** Standalone SVG: the frame's parts laid out around the chart's SVG (or the chart's own SVG drawing). */
export async function exportChartSvg(chart: ExportableChart, ctx: ExportContext): Promise<ExportFile> {
  const palette = PALETTES[ctx.theme];
  const markup = await withExportFrame(chart, ctx, (_frame, box) => {
    const width = box?.getBoundingClientRect().width ?? 0;
    const svg = box?.querySelector('svg');
    const blank: SvgBlock = { width, height: 0, svg: () => '' }; // an empty chart's message is as wide as a chart
    const drawn = chart.drawSvg ? chart.drawSvg(width, palette) : svg ? renderedSvg(svg) : null;
    const block = chart.empty === null ? drawn : blank;
    return composeExportSvg(
      {
        ...chart,
        sourcesLine: chart.sourceIds.length ? sourcesText(chart.sourceIds, ctx.sources) : null,
        footer: footerText(ctx.url, ctx.date, ctx.dataset),
      },
      block,
      { palette, family: EXPORT_FONT, measure: measureText },
    );
  });
  return {
    blob: new Blob([markup], { type: 'image/svg+xml' }),
    fileName: exportFileName(chart.title, 'svg', ctx.date, '', viewOf(chart, ctx)),
  };
}

/** The view a file holds, for its name: the page's URL and the day the chart shows. */
const viewOf = (chart: ExportableChart, ctx: Pick<ExportContext, 'url'>) => ({ url: ctx.url, asOf: chart.asOf });

export function exportChartCsv(
  chart: ExportableChart,
  ctx: Pick<ExportContext, 'date' | 'dataset' | 'url'>,
): ExportFile {
  return {
    blob: new Blob([toCsv(chart.table, { asOf: chart.asOf, dataset: ctx.dataset })], {
      type: 'text/csv;charset=utf-8',
    }),
    fileName: exportFileName(chart.title, 'csv', ctx.date, '', viewOf(chart, ctx)),
  };
}
