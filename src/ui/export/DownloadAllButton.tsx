import { useState } from 'react';
import { downloadBlob } from './download';
import type { ExportableChart } from './parts';
import { useRegisteredCharts } from './registry';
import { useExportContext } from './useExportContext';

/** The charts in the order they appear on the page (frames register in the order their effects run). */
const inPageOrder = (charts: readonly ExportableChart[]) =>
  [...charts].sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );

/** One zip with every chart on the page (PNG, SVG, CSV each) and a sources.md. */
export function DownloadAllButton() {
  const charts = useRegisteredCharts();
  const exportContext = useExportContext();
  const [status, setStatus] = useState<{ busy: boolean; text: string }>({ busy: false, text: '' });

  const run = async () => {
    setStatus({ busy: true, text: `Preparing ${charts.length} charts…` });
    try {
      const ctx = exportContext();
      const { exportChartsZip } = await import('./zip'); // loads the exporters and fflate on first use
      const drawn = charts.map((read) => read()).filter((c): c is ExportableChart => c !== null);
      const { blob, fileName } = await exportChartsZip(inPageOrder(drawn), ctx);
      downloadBlob(blob, fileName);
      setStatus({ busy: false, text: `Saved ${fileName}` });
    } catch (error) {
      setStatus({ busy: false, text: `Download failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="download-all">
      <button type="button" className="button" disabled={status.busy || charts.length === 0} onClick={() => void run()}>
        Download all charts (zip)
      </button>
      <span role="status" className="muted">
        {status.text}
      </span>
    </div>
  );
}
