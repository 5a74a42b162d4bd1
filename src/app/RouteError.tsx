import type { ErrorComponentProps } from '@tanstack/react-router';

/** Shown when a route fails to load (for example a lazy chunk that cannot be fetched). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">This page could not be shown.</p>
      <p className="state__detail">{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" className="button" onClick={reset}>
        Retry
      </button>
    </div>
  );
}
