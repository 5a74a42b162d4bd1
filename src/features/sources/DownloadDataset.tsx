import { useState } from 'react';
import { api } from '../../data/api';
import type { Dataset, Event } from '../../data/schema';
import { downloadBlob } from '../../ui/export/download';

/** Every event, page by page (the dataset may hold 100,000). */
async function allEvents(): Promise<Event[]> {
  const events: Event[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.events({ limit: 500, ...(cursor ? { cursor } : {}) });
    events.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

/** "Download the dataset (zip)": every table as CSV and JSON, with its dictionary, license and citation. */
export function DownloadDataset() {
  const [status, setStatus] = useState<{ busy: boolean; text: string }>({ busy: false, text: '' });
  const run = async () => {
    setStatus({ busy: true, text: 'Preparing the dataset…' });
    try {
      const [meta, companies, systems, sources, events] = await Promise.all([
        api.meta().then((r) => r.data),
        api.companies().then((r) => r.data),
        api.systems().then((r) => r.data),
        api.sources().then((r) => r.data),
        allEvents(),
      ]);
      const ds: Dataset = { meta, companies, systems, sources, events };
      const { datasetZip, datasetZipName } = await import('./datasetZip');
      downloadBlob(datasetZip(ds, window.location.origin), datasetZipName(ds));
      setStatus({ busy: false, text: `Saved ${datasetZipName(ds)}` });
    } catch (error) {
      setStatus({ busy: false, text: `Download failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div className="download-all">
      <button type="button" className="button" disabled={status.busy} onClick={() => void run()}>
        Download the dataset (zip)
      </button>
      <span role="status" className="muted">
        {status.text}
      </span>
    </div>
  );
}
