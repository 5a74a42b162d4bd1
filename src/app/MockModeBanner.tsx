/** Says loudly that the embedded mock API is in a chaos mode, and how to turn it off. */
export function MockModeBanner({ mode }: { mode: string }) {
  return (
    <aside className="mock-banner" aria-label="Demo mode">
      Demo mode: the mock data API is <strong>{mode}</strong> (<code>?mock={mode}</code>).{' '}
      <a href="?mock=off">Turn it off</a>
    </aside>
  );
}
