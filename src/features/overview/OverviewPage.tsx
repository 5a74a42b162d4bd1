import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy } from 'react';
import { companiesQuery, systemsQuery } from '../../data/queries';
import { companyById } from '../../data/systems';
import { NearViewport } from '../../ui/NearViewport';
import { QueryView } from '../../ui/QueryStates';
import { SystemCard } from './SystemCard';
import { usePageTitle } from '../../ui/usePageTitle';
import './overview.css';

/** The charts (and recharts) load when they near the viewport: the cards are the first screen. */
const HeadlineCharts = lazy(() => import('./HeadlineCharts').then((m) => ({ default: m.HeadlineCharts })));

export function OverviewPage() {
  usePageTitle('Overview');
  const systems = useQuery(systemsQuery());
  const companies = useQuery(companiesQuery());
  const byId = companyById(companies.data ?? []);
  return (
    <section className="page" aria-labelledby="overview-title">
      <h1 id="overview-title">Generative video and image systems</h1>
      <p className="lede">
        Five systems side by side: what each can make, since when, and at what price. Values no source discloses are
        marked “not disclosed”; an asterisk marks a caveat. <Link to="/compare">Compare versions</Link> in detail.
      </p>
      <QueryView query={systems} what="systems" isEmpty={(d) => d.length === 0}>
        {(data) => (
          <>
            <div className="cards">
              {data.map((system) => (
                <SystemCard key={system.id} system={system} company={byId.get(system.companyId)} />
              ))}
            </div>
            <h2>Headline charts</h2>
            <QueryView query={companies} what="companies">
              {(cs) => (
                <NearViewport className="near-viewport--headline-charts">
                  <HeadlineCharts systems={data} companies={cs} />
                </NearViewport>
              )}
            </QueryView>
          </>
        )}
      </QueryView>
    </section>
  );
}
