import type { Palette } from './composeSvg';

export type ExportTheme = 'light' | 'dark';

/** The theme the page shows now (the user's choice, else the OS preference). */
export function currentTheme(): ExportTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function paletteOf(frame: HTMLElement): Palette {
  const style = getComputedStyle(frame);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { background: v('--surface', '#ffffff'), text: v('--text', '#1b1d21'), muted: v('--muted', '#5a6170') };
}

/**
 * Runs an export with the frame drawn in the chosen theme: the frame's CSS variables switch locally
 * (data-export-theme), so a dark page can export a light chart. The attribute is removed afterwards.
 */
export async function withExportTheme<T>(
  frame: HTMLElement,
  theme: ExportTheme,
  run: (palette: Palette) => Promise<T> | T,
): Promise<T> {
  const previous = frame.dataset.exportTheme;
  frame.dataset.exportTheme = theme;
  try {
    return await run(paletteOf(frame));
  } finally {
    if (previous === undefined) delete frame.dataset.exportTheme;
    else frame.dataset.exportTheme = previous;
  }
}
