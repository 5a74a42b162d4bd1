import { ChartFrame } from '../ChartFrame';
import { ChronologyChart } from './ChronologyChart';
import { buildChronology } from './chronology';
import type { ChartEntry } from './entries';
import { companyKeys, describeList, KEYS, nothingToDraw } from './legendKeys';

/** Release chronology of the given versions, in its frame. */
export function ChronologyFrame({
  entries,
  asOf = null,
  id = 'release-chronology',
  subtitle,
}: {
  entries: readonly ChartEntry[];
  asOf?: string | null;
  id?: string;
  subtitle?: string;
}) {
  const chronology = buildChronology(entries, asOf);
  return (
    <ChartFrame
      id={id}
      asOf={asOf}
      title="Release chronology"
      subtitle={subtitle ?? 'Every version on one date axis; filled: released, hollow: announced only, ×: retired'}
      description={describeList(
        'Timeline of versions by system.',
        chronology.points.map((p) => `${p.label}: ${p.kind} ${p.dateText}`),
      )}
      table={chronology.table}
      sourceIds={chronology.sourceIds}
      legend={[
        ...companyKeys(chronology.legend),
        KEYS.released,
        KEYS.announced,
        ...(chronology.points.some((p) => p.kind === 'retired') ? [KEYS.retired] : []),
      ]}
      notes={chronology.notes}
      empty={chronology.points.length ? null : nothingToDraw(asOf)}
    >
      <ChronologyChart chronology={chronology} />
    </ChartFrame>
  );
}
