import type { Source } from '../../data/schema';
import { formatDate } from '../format';
import { datasetText, type DatasetStamp } from './footer';

export interface CitationInput {
  title: string;
  subtitle?: string;
  sourceIds: readonly string[];
  sources: readonly Source[] | undefined;
  url: string;
  date: Date;
  /** The dataset the chart draws, when known: its version and date are part of what is cited. */
  dataset?: DatasetStamp | null;
}

function sourceLine(s: Source): string {
  const date = s.published ? `, ${s.published}` : '';
  return `${s.publisher}, “${s.title}”${date}${s.url ? `, ${s.url}` : ''}`;
}

/**
 * A citation an analyst can paste under a chart: title, the dataset's version and date, the view's URL, the
 * access date and the sources.
 */
export function buildCitation({ title, subtitle, sourceIds, sources, url, date, dataset }: CitationInput): string {
  const byId = new Map(sources?.map((s) => [s.id, s]));
  const lines = [...new Set(sourceIds)].map((id) => {
    const s = byId.get(id);
    return s ? `- ${sourceLine(s)}` : `- ${id}`;
  });
  const day = formatDate(date.toISOString().slice(0, 10));
  return [
    `“${title}”${subtitle ? ` (${subtitle})` : ''}. Genscope${dataset ? `, ${datasetText(dataset)}` : ''}, ${url} (accessed ${day}).`,
    'Sources:',
    ...lines,
  ].join('\n');
}
