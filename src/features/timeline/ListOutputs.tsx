import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { EventsParams } from '../../data/api';
import { filteredEventsQuery } from '../../data/queries';
import type { Event } from '../../data/schema';
import { downloadBlob } from '../../ui/export/download';
import { toCsv } from '../../ui/export/csv';
import { exportFileName } from '../../ui/export/fileName';
import { eventsTable } from './eventsCsv';
import type { Lookups } from './lookups';
import { PrintEventList } from './PrintEventList';
import { usePrintMedia } from './usePrintMedia';

/**
 * The whole filtered list, out of the page: as a CSV, and printed (every event, fetched first, not only the loaded
 * pages). Printing from the browser's menu prints the events loaded so far, and says how many that is.
 */
export function ListOutputs({
  params,
  loaded,
  total,
  lookups,
  children,
}: {
  params: Omit<EventsParams, 'cursor' | 'limit'>;
  loaded: readonly Event[];
  total: number;
  lookups: Lookups;
  /** The list on screen, drawn between the buttons and the print-only list (which comes last in the page). */
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const href = useLocation({ select: (l) => l.href });
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState<readonly Event[] | null>(null);
  const inPrint = usePrintMedia();

  const all = async (what: string) => {
    setStatus(`Fetching ${total} events for the ${what}…`);
    return queryClient.fetchQuery(filteredEventsQuery(params));
  };
  const run = (what: string, then: (events: Event[]) => string) => async () => {
    try {
      setStatus(then(await all(what)));
    } catch (error) {
      setStatus(`The ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const csv = run('CSV', (events) => {
    const name = exportFileName('events', 'csv', new Date(), '', { url: `${window.location.origin}${href}` });
    downloadBlob(new Blob([toCsv(eventsTable(events))], { type: 'text/csv;charset=utf-8' }), name);
    return `Saved ${name} (${events.length} events)`;
  });
  const print = run('printout', (events) => {
    flushSync(() => setPrinting(events)); // the whole list is in the page before the print dialog reads it
    window.print(); // blocks until the dialog closes
    setPrinting(null);
    return `Printed ${events.length} events`;
  });

  return (
    <>
      <div className="list-outputs">
        <button type="button" className="button button--small" onClick={() => void csv()}>
          Download the list (CSV)
        </button>
        <button type="button" className="button button--small" onClick={() => void print()}>
          Print the list
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      {children}
      {(printing || inPrint) && <PrintEventList events={printing ?? loaded} total={total} lookups={lookups} />}
    </>
  );
}
