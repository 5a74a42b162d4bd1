import type { CSSProperties } from 'react';
import type { LegendEntry } from './export/parts';

/** The parts of a chart frame that the page and the exported image draw alike, from the same data. */

export function FrameHeading({ title, subtitle, titleId }: { title: string; subtitle?: string; titleId?: string }) {
  return (
    <div>
      <h3 id={titleId} className="chart-frame__title">
        {title}
      </h3>
      {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
    </div>
  );
}

const HATCH = (c: string) => `repeating-linear-gradient(45deg, ${c} 0 2px, transparent 2px 5px)`;
const CROSS = (c: string) =>
  `linear-gradient(45deg, transparent 42%, ${c} 42% 58%, transparent 58%), linear-gradient(-45deg, transparent 42%, ${c} 42% 58%, transparent 58%)`;

/** How a legend key looks, from its mark and colour. */
export function keyStyle({ mark, color }: LegendEntry): CSSProperties {
  switch (mark) {
    case 'dot':
      return { background: color, borderRadius: '50%' };
    case 'ring':
      return { border: `2px solid ${color}`, borderRadius: '50%' };
    case 'hatch':
      return { background: HATCH(color), border: `1px solid ${color}` };
    case 'cross':
      return { background: CROSS(color) };
    default:
      return { background: color };
  }
}

export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (!entries.length) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className="legend__swatch" style={keyStyle(entry)} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** Caveats under a chart, each marked like the values they explain. */
export function FrameNotes({ notes }: { notes: readonly string[] }) {
  if (!notes.length) return null;
  return (
    <div className="chart-frame__notes">
      <ul className="chart-notes">
        {notes.map((n) => (
          <li key={n}>* {n}</li>
        ))}
      </ul>
    </div>
  );
}

/** Said in place of a chart that has nothing to draw. */
export function EmptyChart({ text }: { text: string }) {
  return <p className="muted">{text}</p>;
}
