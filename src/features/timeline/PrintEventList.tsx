import type { Event } from '../../data/schema';
import { formatDate } from '../../ui/format';
import { typeLabel } from './eventTypes';
import type { Lookups } from './lookups';

/**
 * The list as it prints: a plain list of every event given (not the virtual window of the screen's list), shown
 * only in print. When it holds fewer events than the filter has, it says so.
 */
export function PrintEventList({
  events,
  total,
  lookups,
}: {
  events: readonly Event[];
  total: number;
  lookups: Lookups;
}) {
  const names = (ids: readonly string[], map: ReadonlyMap<string, { name: string }>) =>
    ids.map((id) => map.get(id)?.name ?? id).join(', ');
  return (
    <div className="print-only print-events" data-print-events>
      {events.length < total && (
        <p className="print-events__partial">
          {events.length} of {total} events: use “Print the list” on the page to print them all.
        </p>
      )}
      <ol>
        {events.map((e) => (
          <li key={e.id}>
            <p className="print-events__meta">
              {formatDate(e.date, e.precision)} · {typeLabel(e.type)} · {names(e.companyIds, lookups.companies)}
              {e.systemIds.length > 0 && ` · ${names(e.systemIds, lookups.systems)}`}
            </p>
            <p className="print-events__title">{e.title}</p>
            <p className="print-events__summary">
              {e.summary} <span className="muted">[{e.sourceIds.join(', ')}]</span>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
