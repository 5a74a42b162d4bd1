import type { Palette } from './composeSvg';

export type ExportTheme = 'light' | 'dark';

/** The theme the page shows now (the user's choice, else the OS preference). */
export function currentTheme(): ExportTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const opaque = (color: string | undefined) =>
  color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color) ? color : undefined;

/**
 * The frame's colours as drawn (the theme variables are light-dark() pairs, so they are read resolved from
 * elements that use them): the frame's background and text, and the muted colour of its footer.
 */
export function paletteOf(frame: HTMLElement): Palette {
  const style = getComputedStyle(frame);
  const mutedEl = frame.querySelector('.chart-frame__footer, .chart-frame__sources');
  return {
    background: opaque(style.backgroundColor) ?? '#ffffff',
    text: opaque(style.color) ?? '#1b1d21',
    muted: opaque(mutedEl ? getComputedStyle(mutedEl).color : undefined) ?? '#5a6170',
  };
}
