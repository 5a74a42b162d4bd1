import type { ExportTheme } from './exportTheme';

/**
 * Runs an export on a copy of the chart frame drawn off screen: the copy is in the chosen theme
 * (data-export-theme switches the frame's CSS variables), without the frame's controls (data-export-ignore),
 * and at the frame's width. The page itself never changes colour or layout; the copy is removed afterwards.
 */
export async function withExportClone<T>(
  frame: HTMLElement,
  theme: ExportTheme,
  run: (copy: HTMLElement) => Promise<T> | T,
): Promise<T> {
  const copy = frame.cloneNode(true) as HTMLElement;
  copy.dataset.exportTheme = theme;
  copy.removeAttribute('id');
  copy.querySelectorAll('[data-export-ignore]').forEach((el) => el.remove());
  copy.querySelectorAll('[id]').forEach((el) => {
    // Keep ids that the chart's SVG refers to (patterns, clip paths); drop the others to avoid duplicates.
    if (!el.closest('svg')) el.removeAttribute('id');
  });
  copy.style.width = `${frame.getBoundingClientRect().width}px`;
  copy.style.margin = '0';

  // A host in the same place in the tree keeps the CSS that applies to the frame; fixed and far to the left, it
  // takes no room and is never seen. The copy inside stays in normal flow, so a capture of it has no offset.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
  host.append(copy);
  frame.after(host);
  // What scrolls sideways on a narrow screen (the chronology) is drawn whole: the copy widens to hold it.
  const overflow = copy.scrollWidth - copy.clientWidth;
  if (overflow > 0) copy.style.width = `${frame.getBoundingClientRect().width + overflow}px`;
  try {
    return await run(copy);
  } finally {
    host.remove();
  }
}
