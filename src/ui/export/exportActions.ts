import { buildCitation } from './citation';
import { copyImage, copyText } from './clipboard';
import { downloadBlob } from './download';
import type { ExportableChart, ExportContext, ExportFile } from './parts';

/** One item of the export menu: what it does, and the status it reports when done. */
export type ExportAction = (chart: ExportableChart, ctx: ExportContext) => Promise<string>;

/** The exporters (html-to-image, papaparse) load on the first export, not with every page that has a chart. */
const exporters = () => import('./exportChart');

const save = async (file: Promise<ExportFile>) => {
  const { blob, fileName } = await file;
  downloadBlob(blob, fileName);
  return `Saved ${fileName}`;
};

export const EXPORT_ACTIONS: { label: string; run: ExportAction }[] = [
  ...[1, 2, 4].map((scale) => ({
    label: `PNG ${scale}x`,
    run: (c: ExportableChart, ctx: ExportContext) => save(exporters().then((m) => m.exportChartPng(c, scale, ctx))),
  })),
  { label: 'SVG', run: (c, ctx) => save(exporters().then((m) => m.exportChartSvg(c, ctx))) },
  { label: 'CSV', run: (c, ctx) => save(exporters().then((m) => m.exportChartCsv(c, ctx))) },
  {
    label: 'Copy image',
    run: async (c, ctx) => {
      // The clipboard write starts now, within the click, with the image to follow (Safari requires this).
      await copyImage(exporters().then((m) => m.exportChartPng(c, 2, ctx).then((f) => f.blob)));
      return 'Image copied to the clipboard';
    },
  },
  {
    label: 'Copy citation',
    run: async (c, ctx) => {
      await copyText(buildCitation({ ...c, sources: ctx.sources, url: ctx.url, date: ctx.date, dataset: ctx.dataset }));
      return 'Citation copied to the clipboard';
    },
  },
];

/** Runs an export with a User Timing measure around it ("genscope export: PNG 2x"), which the benchmark reads. */
export async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  performance.measure(`genscope export: ${label}`, { start });
  return result;
}
