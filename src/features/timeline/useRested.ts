import { useEffect, useState } from 'react';

/**
 * Whether `key` has stayed the same for `delayMs` (true at first). The timeline's counts and charts send
 * their request once the URL has rested, so a burst of changes costs one request and one redraw.
 */
export function useRested(key: string, delayMs: number): boolean {
  const [rested, setRested] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setRested(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return rested === key;
}
