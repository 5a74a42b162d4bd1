import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (the browser's print, or print media emulated), so that print-only
 * content is in the page only then: a hidden copy of a long list would cost every re-render while scrolling.
 * The change is rendered synchronously, before the browser lays the page out for print.
 */
export function usePrintMedia(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches,
  );
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => set(true);
    const after = () => set(!!media?.matches);
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
