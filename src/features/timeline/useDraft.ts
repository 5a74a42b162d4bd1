/**
 * A text field whose committed value lives elsewhere (the URL). What the user types is shown at once and
 * committed after a pause (or on `flush`). When the committed value changes, the field keeps the typed text
 * only if the change is one of its own commits; any other change (back, forward, "Clear filters", a preset)
 * shows the new value. State is adjusted while rendering, as React recommends, not copied by an effect.
 */
import { useEffect, useRef, useState } from 'react';

interface DraftState {
  /** What the user typed, or null to show the committed value. */
  text: string | null;
  /** Values this field recently committed, as they will come back (normalised). */
  commits: string[];
  /** The committed value seen at the last render. */
  seen: string;
}

export function useDraft(
  value: string,
  commit: (text: string) => void,
  { delayMs, normalise = (t: string) => t }: { delayMs: number; normalise?: (text: string) => string },
) {
  const [state, setState] = useState<DraftState>({ text: null, commits: [], seen: value });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  let current = state;
  if (value !== state.seen) {
    // Each commit comes back once, in order: an echo uses it up, so Back to a value committed earlier is not
    // taken for an echo (it used to keep the typed text over the older value).
    const at = state.commits.indexOf(value);
    const ours = at !== -1;
    current = { text: ours ? state.text : null, commits: state.commits.slice(at + 1), seen: value };
    setState(current);
  }

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    setState((s) => ({ ...s, commits: [...s.commits.slice(-4), normalise(text)] }));
    latestCommit.current(text);
  };

  const change = (text: string) => {
    setState((s) => ({ ...s, text }));
    pending.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  };

  return { shown: current.text ?? value, change, flush };
}

export type Draft = ReturnType<typeof useDraft>;

/** The props that wire a draft to its input: typing changes it, leaving the field or Enter commits it now. */
export function draftInputProps(draft: Draft) {
  return {
    value: draft.shown,
    onChange: (e: { target: { value: string } }) => draft.change(e.target.value),
    onBlur: draft.flush,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        draft.flush();
      }
    },
  };
}
