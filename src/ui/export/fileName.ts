import { toDay } from '../../data/dates';

/** `genscope-max-clip-length-2025-08-23.png`: from the chart's title and the day of the export. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'chart';
}

/** Which view an export holds: the page's URL, and the day the chart shows (null: the dataset's date). */
export interface ExportView {
  url: string;
  asOf?: string | null;
}

/** "compare", "overview", "systems-veo", "embed-max-clip-length": the page, from its path. */
export function pageSlug(url: string): string {
  const path = new URL(url, 'http://x').pathname;
  return path === '/' ? 'overview' : slugify(path);
}

/** How the view reads, from its URL: "-log" for a log scale, "-by-value" or "-by-name" for sorted bars. */
function readingOf(url: string): string {
  const q = new URL(url, 'http://x').searchParams;
  const sort = q.get('sort');
  return `${q.get('scale') === 'log' ? '-log' : ''}${sort === 'value' || sort === 'name' ? `-by-${sort}` : ''}`;
}

/**
 * `genscope-compare-api-price-per-second-of-video-log-2026-11-27-asof-2025-01-01.csv`: the page, the chart's
 * title and how it reads (log, sorted), the day of the export and the day the chart shows, when it is not today's
 * dataset. Without a view, only the title and the day.
 */
export function exportFileName(
  title: string,
  extension: string,
  date: Date = new Date(),
  suffix = '',
  view?: ExportView,
): string {
  const page = view ? `${pageSlug(view.url)}-` : '';
  const reading = view ? readingOf(view.url) : '';
  const asOf = view?.asOf ? `-asof-${view.asOf}` : '';
  return `genscope-${page}${slugify(title)}${reading}${suffix}-${toDay(date)}${asOf}.${extension}`;
}
