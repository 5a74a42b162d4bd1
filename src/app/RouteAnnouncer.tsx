import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

/**
 * Says the new page's title to screen readers after each navigation (a single-page app has no page load for
 * them to notice). The title is read once the page has had a moment to set it; the first page is left to the
 * browser, which announces it on load.
 */
export function RouteAnnouncer() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  const [message, setMessage] = useState('');
  const seen = useRef<string | null>(null);
  useEffect(() => {
    const first = seen.current === null;
    seen.current = path;
    if (first) return;
    const timer = setTimeout(() => setMessage(document.title), 100);
    return () => clearTimeout(timer);
  }, [path]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-route-announcer>
      {message}
    </p>
  );
}
