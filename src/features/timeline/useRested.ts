import { useEffect, useState } from 'react';

/**
 * The last value of `key` that stayed the same for `delayMs` (the first value at once). The timeline's counts
 * and charts ask for the rested filter, not the current one: a burst of changes costs one request and one
 * redraw, and an answer already cached for a passing filter (clearing the search box brings back the
 * unfiltered view's) is not drawn between two keystrokes either.
 */
export function useRested(key: string, delayMs: number): string {
  const [rested, setRested] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setRested(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return rested;
}
