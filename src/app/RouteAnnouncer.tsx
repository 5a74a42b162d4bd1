import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

/**
 * Says the new page's title to screen readers after each navigation (a single-page app has no page load for
 * them to notice). The title is read when the new page sets it (its code and data may take a while to come), or
 * after a second if it never changes; the first page is left to the browser, which announces it on load.
 */
export function RouteAnnouncer() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  const [message, setMessage] = useState('');
  const seen = useRef<string | null>(null);
  useEffect(() => {
    const first = seen.current === null;
    seen.current = path;
    if (first) return;
    const before = document.title;
    const announce = () => {
      observer.disconnect();
      clearTimeout(timer);
      setMessage(document.title);
    };
    const observer = new MutationObserver(() => document.title !== before && announce());
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(announce, 1000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [path]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-route-announcer>
      {message}
    </p>
  );
}
