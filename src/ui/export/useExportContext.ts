import { useQuery } from '@tanstack/react-query';
import { metaQuery, sourcesQuery } from '../../data/queries';
import type { ExportContext } from './parts';
import { currentTheme, type ExportTheme } from './exportTheme';

/**
 * What every export needs to know besides its chart: the sources (for the sources line and citation), the
 * dataset's version, the view's URL and the moment, and the theme of the image (the page's unless chosen).
 */
export function useExportContext(): (theme?: ExportTheme | null) => ExportContext {
  const sources = useQuery(sourcesQuery());
  const meta = useQuery(metaQuery());
  return (theme) => ({
    sources: sources.data,
    dataset: meta.data,
    url: window.location.href,
    date: new Date(),
    theme: theme ?? currentTheme(),
  });
}
