import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { LoadingState } from './QueryStates';

interface NearViewportProps {
  /** Class of the placeholder; its height (styles.css, `.near-viewport--*`) is the content's, so nothing shifts. */
  className: string;
  /** How far outside the viewport the content starts loading (an IntersectionObserver rootMargin). */
  margin?: string;
  /** What the spinner says while the content's code loads. */
  label?: string;
  children: ReactNode;
}

/**
 * Renders `children` (typically a React.lazy component) once its place comes within `margin` of the viewport;
 * until then, and while its code loads, a placeholder of the same height holds the place. The server render and
 * the first render in the browser are the placeholder. Without IntersectionObserver the children render at once.
 */
export function NearViewport({ className, margin = '600px', label = 'Loading charts…', children }: NearViewportProps) {
  const place = useRef<HTMLDivElement>(null);
  // On the server (prerendering) the placeholder; in a browser without IntersectionObserver, at once.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: `${margin} 0px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);

  if (!near) return <div ref={place} className={`near-viewport ${className}`} data-near-viewport="waiting" />;
  return (
    <Suspense
      fallback={
        <div className={`near-viewport ${className}`} data-near-viewport="loading">
          <LoadingState label={label} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
