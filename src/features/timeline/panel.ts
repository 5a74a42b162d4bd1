/**
 * What every panel of the timeline shows, whatever its data: an error with Retry when a request it needs
 * failed, a loading state until its data is there, then its data, marked "updating" while it is the
 * previous filter's answer kept on screen until the current one arrives.
 */
export interface Panel<T> {
  /** Undefined while loading or after an error. */
  data: T | undefined;
  error: unknown;
  updating: boolean;
  retry: () => void;
}

/** The part of a react-query result a panel reads. */
export interface PanelQuery {
  data: unknown;
  error: unknown;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

/**
 * A panel built from the queries it needs and what it makes of their data (undefined until all are there).
 * A query that failed and has nothing to show fails the panel; Retry sends again every request that failed
 * (a list's later page included).
 */
export function panelOf<T>(queries: readonly PanelQuery[], data: T | undefined): Panel<T> {
  const failed = queries.filter((q) => q.error && q.data === undefined);
  return {
    data: failed.length ? undefined : data,
    error: failed[0]?.error ?? null,
    updating: queries.some((q) => q.isPlaceholderData),
    retry: () => queries.filter((q) => q.error).forEach((q) => void q.refetch()),
  };
}
