import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../data/queries';
import { formatDate } from '../ui/format';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { isEmbedPath } from '../server/csp';
import { CopyLinkButton } from './CopyLinkButton';
import { PrintFooter } from './PrintFooter';
import { RouteAnnouncer } from './RouteAnnouncer';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/compare', label: 'Compare' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/changes', label: 'What changed' },
  { to: '/sources', label: 'Sources' },
] as const;

export function Layout() {
  const meta = useQuery(metaQuery());
  // An embedded chart (/embed/…) is drawn alone: no header, navigation or footer around it.
  const embed = useRouterState({ select: (s) => isEmbedPath(s.location.pathname) });
  if (embed)
    return (
      <ErrorBoundary label="This chart">
        <Outlet />
      </ErrorBoundary>
    );
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <Link to="/" className="brand">
          Genscope
        </Link>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="nav__link"
                  activeProps={{ className: 'nav__link nav__link--active', 'aria-current': 'page' }}
                  activeOptions={{ exact: item.to === '/' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <CopyLinkButton />
        <ThemeToggle />
      </header>
      <RouteAnnouncer />
      <main id="main" className="shell__main" tabIndex={-1}>
        <ErrorBoundary label="This page">
          <Outlet />
        </ErrorBoundary>
        <PrintFooter />
      </main>
      <footer className="shell__footer">
        {meta.data ? (
          <p>
            {meta.data.title} v{meta.data.version}, updated {formatDate(meta.data.updatedAt)}
            {meta.data.kind === 'synthetic' && (
              <strong className="badge badge--synthetic"> synthetic data</strong>
            )} · {meta.data.license} · every figure links to its <Link to="/sources">sources</Link>.
          </p>
        ) : (
          <p>Genscope</p>
        )}
      </footer>
    </div>
  );
}
