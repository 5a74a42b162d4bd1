import { useEffect, useState } from 'react';

/**
 * Charts wait for a pause in typing. Drawing or redrawing a recharts chart is one task of 50–300 ms (it renders
 * in one piece), and a keystroke that lands behind it waits for all of it; text fields answer every keystroke
 * (the timeline's list follows the text), so a chart that would draw meanwhile draws once the reader pauses.
 */
export const TYPING_PAUSE_MS = 400;

let lastKey = Number.NEGATIVE_INFINITY;
let watching = false;

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type)));

/** Notes keys pressed in text fields, from the start (main.tsx), so the first keystrokes count too. */
export function watchTyping() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('keydown', (e) => void (isTextField(e.target) && (lastKey = performance.now())), {
    capture: true,
    passive: true,
  });
}

/** Runs `go` in a task of its own once the reader has not typed for TYPING_PAUSE_MS; returns a cancel. */
export function afterTypingPause(go: () => void): () => void {
  watchTyping();
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    const wait = lastKey + TYPING_PAUSE_MS - performance.now();
    if (wait <= 0) go();
    else timer = setTimeout(check, wait);
  };
  timer = setTimeout(check, 0);
  return () => clearTimeout(timer);
}

/**
 * `value` as it was at the last pause in typing: while the reader types, what a chart shows stays; it catches
 * up in a task of its own once they pause. `same` tells values that would draw the same.
 */
export function useTypingPaused<T>(value: T, same: (a: T, b: T) => boolean): { shown: T; held: boolean } {
  const [shown, setShown] = useState(value);
  const held = !same(shown, value);
  useEffect(() => (held ? afterTypingPause(() => setShown(value)) : undefined), [held, value]);
  return { shown, held };
}
