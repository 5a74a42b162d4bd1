import type { LegendItem } from './entries';

/** The legend drawn with every chart: one swatch per company, plus the hatched keys the chart uses. */
export function CompanyLegend({
  items,
  extended = false,
  notDisclosed = false,
  extra,
}: {
  items: readonly LegendItem[];
  /** Adds the key for a hatched "extended" segment. */
  extended?: boolean;
  /** Adds the key for the grey hatched "not disclosed" stub. */
  notDisclosed?: boolean;
  extra?: readonly { key: string; label: string; className: string }[];
}) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.id}>
          <span className="legend__swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
      {extended && (
        <li>
          <span className="legend__swatch legend__swatch--extended" aria-hidden="true" />
          reached by extending clips
        </li>
      )}
      {notDisclosed && (
        <li>
          <span className="legend__swatch legend__swatch--nd" aria-hidden="true" />
          not disclosed
        </li>
      )}
      {extra?.map((x) => (
        <li key={x.key}>
          <span className={`legend__swatch ${x.className}`} aria-hidden="true" />
          {x.label}
        </li>
      ))}
    </ul>
  );
}
