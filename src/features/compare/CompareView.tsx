import { useNavigate, useSearch } from '@tanstack/react-router';
import { lazy } from 'react';
import type { Company, System } from '../../data/schema';
import { NearViewport } from '../../ui/NearViewport';
import { CompareControls } from './CompareControls';
import { readCompareSearch, type CompareSearch } from './compareSearch';
import { chooseDiff } from './diffSelection';
import { LinkNotice } from './LinkNotice';
import { scenarioOf } from './costScenario';
import {
  barViewOf,
  chooseVersions,
  setBarView,
  setAsOf,
  setDiff,
  setScenario,
  setShowUnchanged,
  toggleSystem,
  withoutUnknown,
} from './searchUpdates';
import { resolveSelection } from './selection';
import { VersionDiffPanel } from './VersionDiffPanel';

/** The five charts (and recharts) load when they near the viewport: the controls are the first screen. */
const CompareCharts = lazy(() => import('./CompareCharts').then((m) => ({ default: m.CompareCharts })));

/** Everything on /compare is derived from the URL and the dataset; controls only write the URL. */
export function CompareView({ systems, companies }: { systems: System[]; companies: Company[] }) {
  const search = useSearch({ from: '/compare' });
  const navigate = useNavigate({ from: '/compare' });
  // Every control writes the readable state only, so unreadable values leave the URL at the first change.
  const go = (next: CompareSearch) => void navigate({ search: next, resetScroll: false });

  const { query, unreadable } = readCompareSearch(search);
  const selection = resolveSelection(systems, companies, query);
  const diff = chooseDiff(systems, selection, query);
  const n = selection.notices;
  const selectedIds = selection.systems.map((s) => s.id);
  return (
    <>
      <LinkNotice
        {...n}
        unreadable={unreadable}
        diffDropped={diff.dropped}
        asOf={query.asOf}
        onClean={() => go(withoutUnknown(query, { systems: n.unknownSystems, versions: n.unknownVersions }))}
      />
      <CompareControls
        systems={systems}
        selection={selection}
        asOf={query.asOf}
        onToggleSystem={(s, on) => go(toggleSystem(query, systems, selectedIds, s, on))}
        onChooseVersions={(s, ids) => go(chooseVersions(query, s, ids))}
        onAsOf={(d) => go(setAsOf(query, d))}
      />
      <NearViewport className="near-viewport--compare-charts">
        <CompareCharts
          selection={selection}
          asOf={query.asOf}
          scenario={scenarioOf(query)}
          onScenario={(s) => go(setScenario(query, s))}
          view={barViewOf(query)}
          onView={(v) => go(setBarView(query, v))}
        />
      </NearViewport>
      <VersionDiffPanel
        choice={diff}
        showAll={query.unchanged === 'show'}
        onChange={(pair) => go(setDiff(query, pair))}
        onShowAll={(show) => go(setShowUnchanged(query, show))}
      />
    </>
  );
}
