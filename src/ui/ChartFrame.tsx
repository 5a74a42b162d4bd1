import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ChartDataTable } from './ChartDataTable';
import { SourcesLine } from './SourcesLine';
import type { ChartTable } from './chartTable';
import { ExportMenu, type ExportStatus } from './export/ExportMenu';
import { ExportStatusLine } from './export/ExportStatusLine';
import { FrameFooter } from './export/FrameFooter';
import type { DrawSvg, ExportableChart, LegendEntry } from './export/parts';
import { registerChart } from './export/registry';
import { ChartLegend, EmptyChart, FrameHeading, FrameNotes } from './FrameParts';
import { formatDate } from './format';
import { MarkLinksContext } from './charts/MarkLink';
import './chartFrame.css';

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
  /** The chart's legend keys, drawn above the chart (and in its exports). */
  legend?: readonly LegendEntry[];
  /** Caveats drawn under the chart, one sentence each: "5 s clips extended up to 21 s". */
  notes?: readonly string[];
  /** Nothing to draw: this sentence is shown (and described, and exported) instead of the chart. */
  empty?: string | null;
  /** An SVG drawing of the chart for exports, for a chart drawn in HTML (the capability matrix). */
  drawSvg?: DrawSvg;
  /** Other actions, beside the chart/table switch and the export menu (which every frame has). */
  actions?: ReactNode;
  /**
   * The chart, drawn from its props alone: exports render this same element again, off screen, in a React root
   * of their own (no app context there, and no hover or drag state of the page).
   */
  children: ReactNode;
}

/**
 * Every chart sits in one frame: title, subtitle, legend, the chart (or its table), notes, a "Sources:" line, a
 * footer with the product, the view's URL and the date, and the export menu. The frame hands its parts, as data,
 * and its chart to the exporters, which draw them again off screen in the theme of the image.
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  description,
  table,
  sourceIds,
  asOf = null,
  legend = [],
  notes = [],
  empty = null,
  drawSvg,
  actions,
  children,
}: ChartFrameProps) {
  const shownSubtitle = asOf ? `${subtitle ? `${subtitle}; ` : ''}as of ${formatDate(asOf)}` : subtitle;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [status, setStatus] = useState<ExportStatus>(null);
  const figure = useRef<HTMLElement>(null);
  const exportable = useRef<ExportableChart | null>(null);
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    exportable.current = figure.current && {
      ...{ id, title, subtitle: shownSubtitle, legend, notes, sourceIds, empty, table, asOf, drawSvg },
      element: figure.current,
      chart: children,
    };
  });
  useEffect(() => registerChart(id, () => exportable.current), [id]);

  return (
    <figure
      ref={figure}
      className="chart-frame"
      data-chart-frame={id}
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <header className="chart-frame__header">
        <FrameHeading title={title} subtitle={shownSubtitle} titleId={titleId} />
        <div className="chart-frame__actions">
          <div className="segmented" role="group" aria-label={`Show ${title} as`}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
          </div>
          <ExportMenu chart={() => exportable.current} onStatus={setStatus} />
          {actions}
          <ExportStatusLine status={status} />
        </div>
      </header>
      <p id={descId} className="visually-hidden">
        {empty ?? description}
      </p>
      <div className="chart-frame__body">
        <ErrorBoundary key={view} label={`The chart “${title}”`}>
          {view === 'table' ? (
            <ChartDataTable table={table} caption={`Data of the chart “${title}”`} />
          ) : (
            <div className="chart-frame__chart">
              {empty !== null ? (
                <EmptyChart text={empty} />
              ) : (
                <>
                  <ChartLegend entries={legend} />
                  {/* On the page the marks are links; the export's own render of `children` has no such context. */}
                  <MarkLinksContext.Provider value={true}>{children}</MarkLinksContext.Provider>
                </>
              )}
            </div>
          )}
        </ErrorBoundary>
      </div>
      <FrameNotes notes={notes} />
      <figcaption className="chart-frame__caption">
        {sourceIds.length > 0 && (
          <div className="chart-frame__sources">
            <SourcesLine ids={sourceIds} />
          </div>
        )}
        <FrameFooter />
      </figcaption>
    </figure>
  );
}
