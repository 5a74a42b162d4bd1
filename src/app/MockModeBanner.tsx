import type { SyntheticEvent } from 'react';
import './mockBanner.css';

/** What each chaos mode of the mock API does, in plain words. */
const CHAOS_TEXT: Record<string, string> = {
  slow: 'answers every request slowly (1.5 s), to show the loading states',
  error: 'fails every request (the service is unavailable), to show the error states',
  flaky: 'fails every other request, to show retries at work',
  timeout: 'never answers, to show what a timeout looks like',
  malformed: 'answers with broken JSON, to show how bad answers are reported',
  shape: 'answers with data of the wrong shape, to show how bad answers are reported',
  empty: 'answers as if the dataset had no records, to show the empty states',
  offline: 'cannot be reached, as if the network were down',
};

/** What each test dataset is, in plain words. */
const DATASET_TEXT: Record<string, string> = {
  hostile: 'the hostile test dataset (synthetic records with awkward text and values)',
  'synthetic-10k': '10,000 made-up events (a synthetic test dataset)',
  'synthetic-100k': '100,000 made-up events (a synthetic test dataset)',
};

/** This page's address with one demo setting changed: every filter of the view is kept. */
export function withSetting(location: Pick<Location, 'pathname' | 'search' | 'hash'>, param: string, value: string) {
  const params = new URLSearchParams(location.search);
  params.set(param, value);
  return `${location.pathname}?${params.toString()}${location.hash}`;
}

/**
 * The link's address is taken from the page when it is about to be followed (the banner sits outside the
 * router, and the view's URL changes under it).
 */
const fresh = (param: string, value: string) => (e: SyntheticEvent<HTMLAnchorElement>) => {
  e.currentTarget.href = withSetting(window.location, param, value);
};
const liveHref = (param: string, value: string) => ({
  href: typeof window === 'undefined' ? `?${param}=${value}` : withSetting(window.location, param, value),
  onClick: fresh(param, value),
  onFocus: fresh(param, value),
  onPointerEnter: fresh(param, value),
});

/** Says plainly that the embedded mock API runs in a demo mode (chaos or a test dataset), and how to leave it. */
export function MockModeBanner({ chaos, dataset }: { chaos: string | null; dataset: string }) {
  if (!chaos && dataset === 'real') return null;
  return (
    <aside className="mock-banner" aria-label="Demo mode">
      {chaos && (
        <p>
          <strong>Demo mode:</strong> the built-in mock API {CHAOS_TEXT[chaos] ?? `runs in the “${chaos}” mode`} (
          <code>?mock={chaos}</code>). <a {...liveHref('mock', 'off')}>Turn it off</a>
        </p>
      )}
      {dataset !== 'real' && (
        <p>
          <strong>Test data:</strong> showing {DATASET_TEXT[dataset] ?? `the “${dataset}” test dataset`}, not the real
          data. <a {...liveHref('dataset', 'real')}>Back to the real data</a>
        </p>
      )}
    </aside>
  );
}
