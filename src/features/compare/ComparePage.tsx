import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { companiesQuery, systemsQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryStates';
import { compareTitleDetail } from './compareTitle';
import { CompareView } from './CompareView';
import './compare.css';

export function ComparePage() {
  const systems = useQuery(systemsQuery());
  const companies = useQuery(companiesQuery());
  usePageTitle('Compare', compareTitleDetail(useSearch({ from: '/compare' }), systems.data));
  return (
    <section className="page" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p className="lede">
        Choose systems and versions (by default the latest version of each), or go back in time with “As of”. Every
        chart switches to a table of exactly the data it draws; “not disclosed” marks what no source gives.
      </p>
      <QueryView query={systems} what="systems" isEmpty={(d) => d.length === 0}>
        {(all) => (
          <QueryView query={companies} what="companies">
            {(cs) => <CompareView systems={all} companies={cs} />}
          </QueryView>
        )}
      </QueryView>
    </section>
  );
}
