/** Says loudly that the embedded mock API runs in a demo mode (chaos or a test dataset), and how to leave it. */
export function MockModeBanner({ chaos, dataset }: { chaos: string | null; dataset: string }) {
  if (!chaos && dataset === 'real') return null;
  return (
    <aside className="mock-banner" aria-label="Demo mode">
      {chaos && (
        <span>
          Demo mode: the mock data API is <strong>{chaos}</strong> (<code>?mock={chaos}</code>).{' '}
          <a href="?mock=off">Turn it off</a>.{' '}
        </span>
      )}
      {dataset !== 'real' && (
        <span>
          Showing the synthetic <strong>{dataset}</strong> test dataset, not the real one.{' '}
          <a href="?dataset=real">Back to the real data</a>.
        </span>
      )}
    </aside>
  );
}
