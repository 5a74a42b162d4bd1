import { useEffect, useRef, useState, type ReactNode } from 'react';
import { afterTypingPause } from './typing';

/**
 * Charts that appear together take turns: each draws in a task of its own, in the order they mounted, the next
 * once the one before has drawn. A recharts chart draws in one piece (it measures its box, then renders all of
 * it synchronously), so seven charts drawn at once were one task of 300–500 ms on a desktop; one at a time, no
 * task is long and the page answers a click between two charts. Until its turn a chart's place is held.
 *
 * "Drawn" means the chart's plot is in the page (`.recharts-wrapper > svg`), not merely that its turn began:
 * recharts renders the plot only after a measuring pass, a task or two later, and React renders every pending
 * update of the page together, so a turn passed on too early let two charts' plots render in one long task.
 * A chart that draws no plot (no data, or no layout in tests) passes its turn after `WAIT_MS`. No turn begins
 * while the reader is typing (ui/typing.ts).
 */
const waiting: (() => void)[] = [];
let busy = false;
const POLL_MS = 16;
const WAIT_MS = 240;

function next() {
  const go = waiting.shift();
  busy = go !== undefined;
  // A new task (the chart before has rendered, committed and painted its frame by then), once the reader pauses
  // typing: a keystroke would wait for the whole chart.
  if (go) afterTypingPause(go);
}

function hasPlot(mark: Element | null): boolean {
  return mark?.previousElementSibling?.querySelector('.recharts-wrapper > svg') != null;
}

export function InTurn({ children, className = 'in-turn' }: { children: ReactNode; className?: string }) {
  const [drawn, setDrawn] = useState(false);
  const turn = useRef<'waiting' | 'given' | 'done'>('waiting');
  const mark = useRef<HTMLSpanElement>(null);
  /** Ends this chart's turn once (drawn, or gone before drawing), and gives the next chart its own. */
  const pass = () => {
    if (turn.current !== 'given') return;
    turn.current = 'done';
    next();
  };
  useEffect(() => {
    let gone = false;
    waiting.push(() => {
      if (gone) return next();
      turn.current = 'given';
      setDrawn(true);
    });
    if (!busy) next();
    return () => {
      gone = true;
      // Given its turn but gone before drawing: pass it on, or the charts after it would wait for ever.
      pass();
    };
  }, []);
  // Rendered: the next chart's turn comes once this one's plot is in the page, in a later task.
  useEffect(() => {
    if (!drawn) return;
    let waited = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (hasPlot(mark.current) || waited >= WAIT_MS) return pass();
      waited += POLL_MS;
      timer = setTimeout(check, POLL_MS);
    };
    timer = setTimeout(check, 0);
    return () => clearTimeout(timer);
  }, [drawn]);
  if (!drawn) return <div className={className} data-in-turn="waiting" />;
  return (
    <>
      {children}
      <span ref={mark} hidden data-in-turn="drawn" />
    </>
  );
}
