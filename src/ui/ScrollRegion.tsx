import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. While its
 * content is wider than it, a hint above it says so ("Scroll for more columns →"), and the region is described
 * by it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [wider, setWider] = useState(false);
  const hintId = useId();
  useEffect(() => {
    const el = region.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWider(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {wider && (
        <p id={hintId} className="table-scroll__hint muted">
          Scroll for more columns →
        </p>
      )}
      <div
        ref={region}
        className="table-scroll"
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={wider ? hintId : undefined}
      >
        {children}
      </div>
    </>
  );
}
