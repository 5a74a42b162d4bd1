import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '../../data/queries';
import { ExternalLink } from '../../ui/ExternalLink';
import { QueryView } from '../../ui/QueryStates';
import { formatDate } from '../../ui/format';

function published(date: string | null): string {
  if (!date) return 'date not shown';
  const parts = date.split('-').length;
  return parts === 1 ? date : formatDate(date, parts === 2 ? 'month' : 'day');
}

export function SourcesPage() {
  const sources = useQuery(sourcesQuery());
  return (
    <section className="page" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every figure and date in Genscope cites one of these pages. Most are secondary reporting; first-party pages are
        marked.
      </p>
      <QueryView query={sources} what="sources" isEmpty={(d) => d.length === 0}>
        {(data) => (
          <ol className="source-list">
            {data.map((s) => (
              <li key={s.id} id={s.id} tabIndex={-1}>
                <span className="source-id">{s.id}</span> <ExternalLink href={s.url}>{s.title}</ExternalLink>
                {s.firstParty && <span className="badge"> first-party</span>}
                <br />
                <span className="muted">
                  {s.publisher} · published {published(s.published)} · accessed {formatDate(s.accessed)}
                  {s.note && ` · ${s.note}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
