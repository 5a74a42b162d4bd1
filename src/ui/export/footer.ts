import { formatDate } from '../format';
import { isoDay } from './fileName';

/** The footer of an exported chart: "Genscope · https://… · 26 Nov 2026". */
export const footerText = (url: string, date: Date) => `Genscope · ${url} · ${formatDate(isoDay(date))}`;
