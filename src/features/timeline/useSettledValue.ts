import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs` (compared by its JSON). The timeline's facet counts and
 * charts follow the filter this way: while someone types, only the list answers each key; the counts and the
 * charts catch up when they pause, instead of re-drawing several hundred SVG nodes on every key.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value }), delayMs);
    return () => clearTimeout(timer);
  }, [key, value, settled.key, delayMs]);
  return settled.value;
}
