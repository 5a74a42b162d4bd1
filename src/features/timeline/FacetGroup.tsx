import { useId } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  /** Events this option would give with the other filters applied; null while unknown. */
  count: number | null;
  color?: string | null;
}

const eventsText = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/**
 * One multi-select filter: a checkbox per option. The option's name is its label; its description says how
 * many events it would give ("17 events"), so a screen reader announces both.
 */
export function FacetGroup({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const baseId = useId();
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul className="facet__options">
        {options.map((o, i) => {
          const countId = `${baseId}-${i}`;
          return (
            <li key={o.value}>
              <label className={`facet__option${o.count === 0 ? ' facet__option--zero' : ''}`}>
                <input
                  type="checkbox"
                  checked={selected.includes(o.value)}
                  aria-describedby={o.count === null ? undefined : countId}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                {o.color && <span className="facet__swatch" style={{ background: o.color }} aria-hidden="true" />}
                <span className="facet__label">{o.label}</span>
                {o.count !== null && (
                  <span className="facet__count" aria-hidden="true">
                    {o.count}
                  </span>
                )}
              </label>
              {o.count !== null && (
                <span id={countId} className="visually-hidden">
                  {eventsText(o.count)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
