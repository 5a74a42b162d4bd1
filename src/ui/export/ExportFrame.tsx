import type { ReactNode, Ref } from 'react';
import { ChartLegend, EmptyChart, FrameHeading, FrameNotes } from '../FrameParts';
import type { ExportTheme } from './exportTheme';
import type { FrameParts } from './parts';

/**
 * A chart frame as an exported image shows it: the same parts and chart as on the page, drawn by the same
 * components in the chosen theme, without controls, with the sources as text and the export's footer. Rendered
 * off screen for each export, so no hover, drag or scroll state of the page is ever in the image.
 */
export function ExportFrame({
  parts,
  chart,
  theme,
  width,
  sourcesLine,
  footer,
  chartRef,
}: {
  parts: FrameParts;
  chart: ReactNode;
  theme: ExportTheme;
  width: number;
  sourcesLine: string | null;
  footer: string;
  /** The box that holds the chart (and its legend), for the SVG export to find the chart's own <svg>. */
  chartRef?: Ref<HTMLDivElement>;
}) {
  return (
    <figure className="chart-frame" data-export-theme={theme} style={{ width, margin: 0, color: 'var(--text)' }}>
      <header className="chart-frame__header">
        <FrameHeading title={parts.title} subtitle={parts.subtitle} />
      </header>
      <div className="chart-frame__body">
        <div className="chart-frame__chart" ref={chartRef}>
          {parts.empty !== null ? (
            <EmptyChart text={parts.empty} />
          ) : (
            <>
              <ChartLegend entries={parts.legend} />
              {chart}
            </>
          )}
        </div>
      </div>
      <FrameNotes notes={parts.notes} />
      <figcaption className="chart-frame__caption">
        {sourcesLine && (
          <div className="chart-frame__sources">
            <p className="sources-line">{sourcesLine}.</p>
          </div>
        )}
        <p className="chart-frame__footer">{footer}</p>
      </figcaption>
    </figure>
  );
}
