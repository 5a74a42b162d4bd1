import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A fingerprint of what the render has laid out: its size and each SVG's size (recharts sizes itself late). */
function layoutOf(node: HTMLElement): string {
  const sizes = [node, ...node.querySelectorAll('svg')].map((el) => {
    const r = el.getBoundingClientRect();
    return `${Math.round(r.width)}x${Math.round(r.height)}`;
  });
  return sizes.join(',');
}

/** Waits until the layout is the same in two frames running (at most about a second). */
async function settled(node: HTMLElement): Promise<void> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 1; i++) {
    await nextFrame();
    const now = layoutOf(node);
    same = now === last && !/(^|,)0x|x0(,|$)/.test(now) ? same + 1 : 0;
    last = now;
  }
}

/**
 * Renders a React element off screen, beside `anchor` (so that the CSS that applies there applies to it), runs
 * `run` on the rendered node once its layout has settled, and removes it. Nothing on the page changes: the host
 * is fixed far to the left and hidden from assistive technology.
 */
export async function withOffscreenRender<T>(
  anchor: Element,
  element: ReactNode,
  run: (node: HTMLElement) => Promise<T> | T,
): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
  anchor.after(host);
  const root = createRoot(host, { identifierPrefix: 'export-' }); // ids apart from the page's
  try {
    flushSync(() => root.render(element));
    const node = host.firstElementChild;
    if (!(node instanceof HTMLElement)) throw new Error('the chart could not be drawn for export');
    await settled(node);
    // What scrolls sideways on a narrow screen (the chronology) is drawn whole: the frame widens to hold it.
    const overflow = node.scrollWidth - node.clientWidth;
    if (overflow > 0) {
      node.style.width = `${node.getBoundingClientRect().width + overflow}px`;
      await settled(node);
    }
    return await run(node);
  } finally {
    root.unmount();
    host.remove();
  }
}
