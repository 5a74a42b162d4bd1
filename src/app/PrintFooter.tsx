import { useQuery } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { toDay } from '../data/dates';
import { metaQuery } from '../data/queries';
import { formatDate } from '../ui/format';

/** Printed under every page, only on paper: the view's URL, the day it was printed and the dataset's version. */
const noSubscription = () => () => {};

export function PrintFooter() {
  // The origin once in the browser (a prerendered page has none; hydration then fills it in without a mismatch).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const href = useRouterState({ select: (s) => s.location.href });
  const meta = useQuery(metaQuery());
  const [printed, setPrinted] = useState(() => new Date());
  useEffect(() => {
    const now = () => setPrinted(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  return (
    <footer className="print-only print-footer" data-print-footer>
      Genscope · {origin}
      {href} · printed {formatDate(toDay(printed))}
      {meta.data && ` · dataset v${meta.data.version} of ${formatDate(meta.data.updatedAt)}`}
    </footer>
  );
}
