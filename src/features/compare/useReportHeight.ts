import { useEffect } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '../../ui/export/embed';

/**
 * In a frame, tells the page around it how tall this page is, now and whenever that changes (the embed snippet's
 * script sets the frame's height from it). The height is all it says, so any page may hear it.
 */
export function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, []);
}
