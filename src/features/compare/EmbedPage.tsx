import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { companiesQuery, systemsQuery } from '../../data/queries';
import { CapabilityFrame } from '../../ui/charts/CapabilityFrame';
import { ChronologyFrame } from '../../ui/charts/ChronologyFrame';
import { LengthPriceFrame } from '../../ui/charts/LengthPriceFrame';
import { ClipLengthFrame, PriceFrame, ResolutionFrame } from '../../ui/charts/SpecFrames';
import { QueryView } from '../../ui/QueryStates';
import { usePageTitle } from '../../ui/usePageTitle';
import { readCompareSearch } from './compareSearch';
import { scenarioOf } from './costScenario';
import { CostFrame } from './CostFrame';
import { isEmbedChart, type EmbedChart } from './embedCharts';
import { barViewOf } from './searchUpdates';
import { resolveSelection, type ResolvedSelection } from './selection';
import './embed.css';

type Draw = (
  s: ResolvedSelection,
  asOf: string | null,
  query: ReturnType<typeof readCompareSearch>['query'],
) => ReactNode;

/** How each embeddable chart of /compare is drawn (embedCharts.ts). */
const CHARTS: Record<EmbedChart, Draw> = {
  'max-clip-length': (s, asOf, q) => <ClipLengthFrame entries={s.entries} asOf={asOf} view={barViewOf(q)} />,
  'max-resolution': (s, asOf, q) => <ResolutionFrame entries={s.entries} asOf={asOf} view={barViewOf(q)} />,
  capabilities: (s, asOf) => <CapabilityFrame entries={s.entries} asOf={asOf} />,
  'price-per-second': (s, asOf, q) => <PriceFrame entries={s.entries} asOf={asOf} view={barViewOf(q)} />,
  'length-vs-price': (s, asOf, q) => <LengthPriceFrame entries={s.entries} asOf={asOf} view={barViewOf(q)} />,
  'clip-cost': (s, _asOf, q) => <CostFrame entries={s.entries} scenario={scenarioOf(q)} view={barViewOf(q)} />,
  'release-chronology': (s, asOf) => <ChronologyFrame entries={s.chronology} asOf={asOf} />,
};

/**
 * /embed/<chart id>?<the state of /compare>: one chart of Compare alone, for an iframe: its frame (title, chart or
 * table, notes, sources, footer) and a link back to the full view. No navigation around it.
 */
export function EmbedPage() {
  const { chartId } = useParams({ from: '/embed/$chartId' });
  const search = useSearch({ from: '/embed/$chartId' });
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const systems = useQuery(systemsQuery());
  const companies = useQuery(companiesQuery());
  usePageTitle('Embedded chart', chartId);
  const draw = isEmbedChart(chartId) ? CHARTS[chartId] : undefined;
  const { query } = readCompareSearch(search);
  return (
    <main className="embed">
      {draw ? (
        <QueryView query={systems} what="systems">
          {(all) => (
            <QueryView query={companies} what="companies">
              {(cs) => draw(resolveSelection(all, cs, query), query.asOf ?? null, query)}
            </QueryView>
          )}
        </QueryView>
      ) : (
        <p role="alert">There is no chart “{chartId}” to embed.</p>
      )}
      <p className="embed__back">
        <a href={`/compare${searchStr}`} target="_top">
          Open this view in Genscope →
        </a>
      </p>
    </main>
  );
}
