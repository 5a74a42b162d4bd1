import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * /sources#S36 opened fresh: once the list is on screen, the linked source is scrolled to, focused (for keyboard
 * and screen-reader users) and marked. The browser cannot do it itself: the list arrives after the page loads.
 */
export function useLinkedSource(ready: boolean): string {
  const hash = useLocation({ select: (l) => l.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    const item = document.getElementById(hash);
    if (!item) return;
    item.scrollIntoView?.({ block: 'center' });
    item.focus({ preventScroll: true });
  }, [ready, hash]);
  return hash;
}
