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

export function exportFileName(title: string, extension: string, date: Date = new Date(), suffix = ''): string {
  return `genscope-${slugify(title)}${suffix}-${toDay(date)}.${extension}`;
}
