import type { System } from '../../data/schema';
import { AsOfControl } from './AsOfControl';
import type { ResolvedSelection } from './selection';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { VersionPicker } from './VersionPicker';

export function CompareControls({
  systems,
  selection,
  asOf,
  onToggleSystem,
  onChooseVersions,
  onAsOf,
}: {
  systems: readonly System[];
  selection: ResolvedSelection;
  asOf: string | undefined;
  onToggleSystem: (system: System, on: boolean) => void;
  onChooseVersions: (system: System, versionIds: string[]) => void;
  onAsOf: (asOf: string | null) => void;
}) {
  return (
    <section className="compare-controls" aria-label="What to compare">
      <div className="compare-controls__row">
        <CheckboxGroup
          legend="Systems"
          options={systems.map((s) => ({ value: s.id, label: s.name }))}
          selected={selection.systems.map((s) => s.id)}
          keepOne="At least one system stays selected"
          onChange={(next) => {
            const changed = systems.find((s) => next.includes(s.id) !== selection.systems.includes(s));
            if (changed) onToggleSystem(changed, next.includes(changed.id));
          }}
        />
        <AsOfControl asOf={asOf} onChange={onAsOf} />
      </div>
      <div className="compare-controls__versions">
        {selection.choices.map((c) => (
          <VersionPicker
            key={c.system.id}
            system={c.system}
            available={c.available}
            chosen={c.chosen}
            asOf={asOf ?? null}
            onChange={(ids) => onChooseVersions(c.system, ids)}
          />
        ))}
      </div>
    </section>
  );
}
