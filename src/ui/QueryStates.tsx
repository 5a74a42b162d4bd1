import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../data/api';

/** A spinner that appears only after a short delay, so fast answers do not flash. */
export function LoadingState({ label = 'Loading…', delayMs = 200 }: { label?: string; delayMs?: number }) {
  const [visible, setVisible] = useState(delayMs === 0);
  useEffect(() => {
    const t = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(t);
  }, [delayMs]);
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      {visible && (
        <>
          <span className="spinner" aria-hidden="true" />
          {label}
        </>
      )}
    </div>
  );
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const status = error.status ? ` (HTTP ${error.status})` : '';
    return `${error.message}${status}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** What went wrong and what to do, for a reader rather than a developer. */
export function adviseOnError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong on this page. Retry, or reload the page.';
  switch (error.kind) {
    case 'network':
      return 'The data service could not be reached. Check your connection, then retry.';
    case 'timeout':
      return 'The data service did not answer in time. Retry in a moment.';
    case 'parse':
    case 'shape':
      return 'The data service sent an answer this page cannot read. Retry; if it keeps happening, the service needs fixing.';
    case 'http':
      if (error.status === 404) return 'What was asked for does not exist. Check the link.';
      if (error.isClientError)
        return 'The data service did not accept the request: a value in the link may be wrong. Change or clear the filters.';
      return 'The data service had a problem or is busy. Retry in a moment.';
  }
}

/**
 * A failed panel: what failed (the title), what to do, Retry, and the technical detail folded away for whoever
 * reports the problem.
 */
export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{adviseOnError(error)}</p>
      <details className="state__detail">
        <summary>Technical details</summary>
        {describeError(error)}
      </details>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Renders a query's loading, error and empty states, and its data once there is some. */
export function QueryView<T>({
  query,
  what,
  isEmpty,
  children,
}: {
  query: QueryLike<T>;
  /** What is being loaded, for the messages: "systems", "events". */
  what: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) {
    if (isEmpty?.(query.data)) return <EmptyState title={`No ${what} to show.`} />;
    return <>{children(query.data)}</>;
  }
  if (query.error)
    return <ErrorState title={`Could not load ${what}.`} error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingState label={`Loading ${what}…`} />;
}
