/**
 * A demo setting chosen in the URL (`?mock=slow`, `?dataset=hostile`) and kept for the browser tab
 * (sessionStorage), so it survives navigation and reloads. The default value, or anything unknown, clears it.
 */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function tabSetting<T extends string, D extends T | null>(
  search: string,
  storage: TabStorage | null,
  { param, key, values, fallback }: { param: string; key: string; values: readonly T[]; fallback: D },
): T | D {
  const valid = (v: string | null): v is T => values.includes(v as T);
  const asked = new URLSearchParams(search).get(param);
  try {
    if (asked !== null) {
      if (valid(asked) && asked !== fallback) storage?.setItem(key, asked);
      else storage?.removeItem(key);
      return valid(asked) ? asked : fallback;
    }
    const kept = storage?.getItem(key) ?? null;
    return valid(kept) ? kept : fallback;
  } catch {
    return valid(asked) ? asked : fallback; // storage blocked: the URL alone decides
  }
}
