import { useQuery } from '@tanstack/react-query';
import { useRouter, type AnyRouter } from '@tanstack/react-router';
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
  // The view's URL as the router has it (as the frame's footer says it); outside a router, the page's address.
  const router = useRouter({ warn: false }) as AnyRouter | undefined;
  const url = () => (router ? `${window.location.origin}${router.state.location.href}` : window.location.href);
  return (theme) => ({
    sources: sources.data,
    dataset: meta.data,
    url: url(),
    date: new Date(),
    theme: theme ?? currentTheme(),
  });
}
