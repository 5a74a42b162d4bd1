import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to the <Link to="/">Overview</Link> or the{' '}
        <Link to="/timeline">Timeline</Link>.
      </p>
    </section>
  );
}
