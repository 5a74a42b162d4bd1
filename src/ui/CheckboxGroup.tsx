import './checkboxGroup.css';
import { useId } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  /** Shown beside the label ("17", "20 May 2025"); read out as the option's description, not its name. */
  hint?: string | null;
  /** What a screen reader hears for the hint, when the shown hint is too terse ("17 events"). */
  description?: string | null;
  /** A colour swatch before the label (a company's chart colour). */
  color?: string | null;
  /** Drawn faint: choosing it would give nothing (a facet count of 0). */
  faint?: boolean;
}

/**
 * The one multi-select of the app: a fieldset of checkboxes with a legend. Each option is named by its label
 * alone; its hint is its description. `keepOne` stops the last chosen option from being cleared (an empty
 * comparison shows nothing) and says why. Two looks: inline pickers (Compare) and counted facets (Timeline).
 */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  keepOne,
  look = 'picker',
  className,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  keepOne?: string;
  look?: 'picker' | 'facet';
  className?: string;
}) {
  const baseId = useId();
  const facet = look === 'facet';
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className={[facet ? 'facet' : 'picker', className].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <ul className={facet ? 'facet__options' : 'picker__options'}>
        {options.map((o, i) => {
          const on = selected.includes(o.value);
          const locked = !!keepOne && on && selected.length === 1;
          const described = o.description ?? o.hint;
          const descriptionId = `${baseId}-${i}`;
          return (
            <li key={o.value}>
              <label className={facet ? `facet__option${o.faint ? ' facet__option--zero' : ''}` : 'check'}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={locked}
                  title={locked ? keepOne : undefined}
                  aria-describedby={described ? descriptionId : undefined}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                {o.color && <span className="facet__swatch" style={{ background: o.color }} aria-hidden="true" />}
                <span className={facet ? 'facet__label' : undefined}>{o.label}</span>
                {o.hint && (
                  <span className={facet ? 'facet__count' : 'check__hint'} aria-hidden="true">
                    {o.hint}
                  </span>
                )}
              </label>
              {described && (
                <span id={descriptionId} className="visually-hidden">
                  {described}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
