import { useId, useState } from 'react';
import { MAX_SECONDS, RESOLUTIONS, type CostScenario } from './costScenario';

/** The clip to price: its length (applied once it is a whole number of seconds in range), height and sound. */
export function CostControls({ scenario, onChange }: { scenario: CostScenario; onChange: (s: CostScenario) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(String(scenario.seconds));
  const [shown, setShown] = useState(scenario.seconds);
  if (shown !== scenario.seconds) {
    setShown(scenario.seconds);
    setDraft(String(scenario.seconds));
  }
  const seconds = Number(draft);
  const valid = /^\d+$/.test(draft) && seconds >= 1 && seconds <= MAX_SECONDS;
  return (
    <fieldset className="cost-controls">
      <legend>The clip to price</legend>
      <label htmlFor={`${id}-s`}>Length (seconds)</label>
      <input
        id={`${id}-s`}
        className="input"
        inputMode="numeric"
        value={draft}
        aria-invalid={!valid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (/^\d+$/.test(e.target.value) && n >= 1 && n <= MAX_SECONDS) onChange({ ...scenario, seconds: n });
        }}
      />
      <label htmlFor={`${id}-r`}>Output height</label>
      <select
        id={`${id}-r`}
        className="input"
        value={scenario.resolution}
        onChange={(e) => onChange({ ...scenario, resolution: Number(e.target.value) as CostScenario['resolution'] })}
      >
        {RESOLUTIONS.map((r) => (
          <option key={r} value={r}>
            {r}p
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={scenario.audio}
          onChange={(e) => onChange({ ...scenario, audio: e.target.checked })}
        />
        With sound
      </label>
      <p id={`${id}-hint`} className="muted cost-controls__hint" aria-live="polite">
        {valid
          ? ''
          : `Enter a whole number of seconds from 1 to ${MAX_SECONDS}; the chart keeps the last valid length.`}
      </p>
    </fieldset>
  );
}
