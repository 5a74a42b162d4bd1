import { ChartFrame } from '../ChartFrame';
import { ChartNotes } from './ChartNotes';
import { ChronologyChart } from './ChronologyChart';
import { buildChronology } from './chronology';
import type { ChartEntry } from './entries';

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
      description={`Timeline of versions by system. ${chronology.points
        .map((p) => `${p.label}: ${p.kind} ${p.dateText}`)
        .join('; ')}.`}
      table={chronology.table}
      sourceIds={chronology.sourceIds}
      notes={<ChartNotes notes={chronology.notes} />}
    >
      <ChronologyChart chronology={chronology} />
    </ChartFrame>
  );
}
