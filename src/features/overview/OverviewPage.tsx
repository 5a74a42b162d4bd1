import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { companiesQuery, systemsQuery } from '../../data/queries';
import { companyById } from '../../data/systems';
import { QueryView } from '../../ui/QueryStates';
import { HeadlineCharts } from './HeadlineCharts';
import { SystemCard } from './SystemCard';
import { usePageTitle } from '../../ui/usePageTitle';
import './overview.css';

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
              {(cs) => <HeadlineCharts systems={data} companies={cs} />}
            </QueryView>
          </>
        )}
      </QueryView>
    </section>
  );
}
