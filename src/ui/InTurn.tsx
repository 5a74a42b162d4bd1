import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Charts that appear together take turns: each draws in a task of its own, in the order they mounted, the next
 * once the one before has drawn. A recharts chart draws in one piece (it measures its box, then renders all of
 * it synchronously), so seven charts drawn at once were one task of 300–500 ms on a desktop; one at a time, no
 * task is long and the page answers a click between two charts. Until its turn a chart's place is held.
 */
const waiting: (() => void)[] = [];
let busy = false;

function next() {
  const go = waiting.shift();
  busy = go !== undefined;
  // A new task: the chart before has rendered, committed and painted its frame by then.
  if (go) setTimeout(go, 0);
}

export function InTurn({ children, className = 'in-turn' }: { children: ReactNode; className?: string }) {
  const [drawn, setDrawn] = useState(false);
  const turn = useRef<'waiting' | 'given' | 'done'>('waiting');
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
  // Drawn: the next chart's turn comes after this one's effects, in a later task.
  useEffect(() => {
    if (drawn) pass();
  }, [drawn]);
  return drawn ? children : <div className={className} data-in-turn="waiting" />;
}
