import { formatDate } from '../format';
import { toDay } from '../../data/dates';

/** Which dataset a chart draws: its version and its date. */
export interface DatasetStamp {
  version: string;
  updatedAt: string;
}

/** "dataset v2.0.0 of 26 Nov 2026". */
export const datasetText = (d: DatasetStamp) => `dataset v${d.version} of ${formatDate(d.updatedAt)}`;

/** The footer of a chart: "Genscope · dataset v2.0.0 of 26 Nov 2026 · https://… · 27 Nov 2026". */
export const footerText = (url: string, date: Date, dataset?: DatasetStamp | null) =>
  ['Genscope', dataset && datasetText(dataset), url, formatDate(toDay(date))].filter(Boolean).join(' · ');
