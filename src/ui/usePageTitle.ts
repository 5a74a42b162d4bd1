import { useEffect } from 'react';

export const SITE = 'Genscope';

/** "Timeline — Meta, 2025 · Genscope": a page's own title, with what it shows, then the site's name. */
export function pageTitle(page: string, detail?: string | null): string {
  return `${detail ? `${page} — ${detail}` : page} · ${SITE}`;
}

/** Sets the document's title while the page is shown (the route announcer reads it out on navigation). */
export function usePageTitle(page: string, detail?: string | null): void {
  const title = pageTitle(page, detail);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
