import { strToU8, zipSync } from 'fflate';
import type { Source } from '../../data/schema';
import { exportChartCsv, exportChartPng, exportChartSvg } from './exportChart';
import type { ExportableChart, ExportContext } from './parts';
import { exportFileName } from './fileName';

/** sources.md: every source the charts cite, with publisher, date and URL. */
export function sourcesMarkdown(
  charts: readonly Pick<ExportableChart, 'title' | 'sourceIds'>[],
  sources: readonly Source[] | undefined,
  url: string,
): string {
  const byId = new Map(sources?.map((s) => [s.id, s]));
  const lines = ['# Sources', '', `Exported from Genscope: ${url}`, ''];
  for (const chart of charts) {
    lines.push(`## ${chart.title}`, '');
    for (const id of new Set(chart.sourceIds)) {
      const s = byId.get(id);
      lines.push(
        s
          ? `- [${id}] ${s.publisher}, “${s.title}”${s.published ? `, ${s.published}` : ''}${s.url ? ` <${s.url}>` : ''}`
          : `- [${id}]`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** One zip with each chart's PNG (2x), SVG and CSV, plus sources.md. */
export async function exportChartsZip(charts: readonly ExportableChart[], ctx: ExportContext) {
  const files: Record<string, Uint8Array> = {};
  for (const chart of charts) {
    for (const file of [
      await exportChartPng(chart, 2, ctx),
      await exportChartSvg(chart, ctx),
      exportChartCsv(chart, ctx),
    ]) {
      files[file.fileName] = new Uint8Array(await file.blob.arrayBuffer());
    }
  }
  files['sources.md'] = strToU8(sourcesMarkdown(charts, ctx.sources, ctx.url));
  const zipped = zipSync(files, { level: 6 });
  return {
    blob: new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' }),
    fileName: exportFileName('charts', 'zip', ctx.date, '', { url: ctx.url, asOf: charts[0]?.asOf ?? null }),
  };
}
