import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { allEventsQuery, companiesQuery, sourcesQuery, systemsQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryStates';
import { formatNumber } from '../../ui/format';
import { DownloadDataset } from './DownloadDataset';
import { factsBySource } from './factsBySource';
import { SourceEntry } from './SourceEntry';
import { useLinkedSource } from './useLinkedSource';
import { usePageTitle } from '../../ui/usePageTitle';
import './sources.css';

export function SourcesPage() {
  usePageTitle('Sources');
  const sources = useQuery(sourcesQuery());
  const systems = useQuery(systemsQuery());
  const companies = useQuery(companiesQuery());
  const events = useInfiniteQuery(allEventsQuery());
  const eventList = events.data?.pages.flatMap((p) => p.data);
  const total = events.data?.pages[0]?.total ?? 0;
  const ready = systems.data && companies.data && eventList;
  const linked = useLinkedSource(!!sources.data);
  const facts = ready ? factsBySource({ systems: systems.data, companies: companies.data, events: eventList }) : null;
  return (
    <section className="page" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every figure and date in Genscope cites one of these pages, each marked with its kind: the company’s own page
        (first-party), news reporting, or secondary reporting. Open “Used for …” under a source to see which facts rest
        on it.
      </p>
      <DownloadDataset />
      {eventList && eventList.length < total && (
        <p className="notice">
          Facts from the first {formatNumber(eventList.length)} of {formatNumber(total)} events are listed.{' '}
          <button type="button" className="button" onClick={() => void events.fetchNextPage()}>
            Include more events
          </button>
        </p>
      )}
      <QueryView query={sources} what="sources" isEmpty={(d) => d.length === 0}>
        {(data) => (
          <ol className="source-list">
            {data.map((s) => (
              <SourceEntry
                key={s.id}
                source={s}
                linked={s.id === linked}
                facts={facts ? (facts.get(s.id) ?? []) : null}
              />
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
