import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ChartDataTable } from './ChartDataTable';
import { SourcesLine } from './SourcesLine';
import type { ChartTable } from './chartTable';
import { ExportMenu, type ExportStatus } from './export/ExportMenu';
import { ExportStatusLine } from './export/ExportStatusLine';
import { FrameFooter } from './export/FrameFooter';
import { registerChart } from './export/registry';
import { formatDate } from './format';

export interface ChartFrameProps {
  /** Stable id, used for file names and anchors: "max-clip-length". */
  id: string;
  title: string;
  subtitle?: string;
  /** A sentence or two that says what the chart shows, for screen readers and exports. */
  description: string;
  /** Exactly the data the chart draws. */
  table: ChartTable;
  sourceIds: readonly string[];
  /** The day the chart shows: its subtitle and exports say "as of" it. Absent: the dataset's date. */
  asOf?: string | null;
  /** Other actions, beside the chart/table switch and the export menu (which every frame has). */
  actions?: ReactNode;
  /** Notes drawn under the chart: caveats such as "5 s clips extended up to 21 s". */
  notes?: ReactNode;
  children: ReactNode;
}

/**
 * Every chart sits in one frame: title, subtitle, the chart (or its table), notes, a "Sources:" line, a footer
 * with the product, the view's URL and the date, and the export menu. Exports read the frame's element; its
 * controls are marked data-export-ignore so that they are not in the images.
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  description,
  table,
  sourceIds,
  asOf = null,
  actions,
  notes,
  children,
}: ChartFrameProps) {
  const shownSubtitle = asOf ? `${subtitle ? `${subtitle}; ` : ''}as of ${formatDate(asOf)}` : subtitle;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [status, setStatus] = useState<ExportStatus>(null);
  const figure = useRef<HTMLElement>(null);
  const titleId = useId();
  const descId = useId();
  const exportable = () =>
    figure.current && { id, title, subtitle: shownSubtitle, table, sourceIds, asOf, element: figure.current };

  useEffect(() => {
    const element = figure.current;
    return element ? registerChart({ id, title, subtitle: shownSubtitle, table, sourceIds, asOf, element }) : undefined;
  }, [id, title, shownSubtitle, table, sourceIds, asOf]);

  return (
    <figure
      ref={figure}
      className="chart-frame"
      data-chart-frame={id}
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <header className="chart-frame__header">
        <div>
          <h3 id={titleId} className="chart-frame__title">
            {title}
          </h3>
          {shownSubtitle && <p className="chart-frame__subtitle">{shownSubtitle}</p>}
        </div>
        <div className="chart-frame__actions" data-export-ignore>
          <div className="segmented" role="group" aria-label={`Show ${title} as`}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
          </div>
          <ExportMenu chart={exportable} onStatus={setStatus} />
          {actions}
          <ExportStatusLine status={status} />
        </div>
      </header>
      <p id={descId} className="visually-hidden">
        {description}
      </p>
      <div className="chart-frame__body">
        <ErrorBoundary key={view} label={`The chart “${title}”`}>
          {view === 'chart' ? (
            <div className="chart-frame__chart" data-chart-body>
              {children}
            </div>
          ) : (
            <ChartDataTable table={table} caption={`Data of the chart “${title}”`} />
          )}
        </ErrorBoundary>
      </div>
      {notes && <div className="chart-frame__notes">{notes}</div>}
      <figcaption className="chart-frame__caption">
        <div className="chart-frame__sources">
          <SourcesLine ids={sourceIds} />
        </div>
        <FrameFooter />
      </figcaption>
    </figure>
  );
}
