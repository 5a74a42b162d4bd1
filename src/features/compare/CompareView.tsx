import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import type { Company, System } from '../../data/schema';
import { CompareCharts } from './CompareCharts';
import { CompareControls } from './CompareControls';
import { rawSearch, unreadableParams, type CompareSearch } from './compareSearch';
import { chooseDiff } from './diffSelection';
import { LinkNotice } from './LinkNotice';
import { chooseVersions, setAsOf, setDiff, toggleSystem, withoutUnknown } from './searchUpdates';
import { resolveSelection } from './selection';
import { VersionDiffPanel } from './VersionDiffPanel';

/** Everything on /compare is derived from the URL and the dataset; controls only write the URL. */
export function CompareView({ systems, companies }: { systems: System[]; companies: Company[] }) {
  const search = useSearch({ from: '/compare' });
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const navigate = useNavigate({ from: '/compare' });
  const go = (next: CompareSearch) => void navigate({ search: next, resetScroll: false });

  const selection = resolveSelection(systems, companies, search);
  const diff = chooseDiff(systems, selection, search);
  const n = selection.notices;
  const selectedIds = selection.systems.map((s) => s.id);
  return (
    <>
      <LinkNotice
        {...n}
        unreadable={unreadableParams(rawSearch(searchStr), search)}
        diffDropped={diff.dropped}
        asOf={search.asOf}
        onClean={() => go(withoutUnknown(search, { systems: n.unknownSystems, versions: n.unknownVersions }))}
      />
      <CompareControls
        systems={systems}
        selection={selection}
        asOf={search.asOf}
        onToggleSystem={(s, on) => go(toggleSystem(search, systems, selectedIds, s, on))}
        onChooseVersions={(s, ids) => go(chooseVersions(search, s, ids))}
        onAsOf={(d) => go(setAsOf(search, d))}
      />
      <CompareCharts selection={selection} asOf={search.asOf} />
      <VersionDiffPanel choice={diff} onChange={(pair) => go(setDiff(search, pair))} />
    </>
  );
}
