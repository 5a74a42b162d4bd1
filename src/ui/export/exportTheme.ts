export type ExportTheme = 'light' | 'dark';

/** The colours an exported image is drawn in. */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
}

/**
 * The theme tokens of src/app/styles.css (--surface, --text, --muted, --border), one palette per theme, so that
 * an export in either theme never depends on the colours the page is showing. A unit test keeps them in step.
 */
export const PALETTES: Record<ExportTheme, Palette> = {
  light: { background: '#ffffff', text: '#1b1d21', muted: '#5a6170', border: '#d9dbe0' },
  dark: { background: '#1a1d24', text: '#e8eaee', muted: '#a3aab8', border: '#343a46' },
};

/** A CSS colour for an SVG attribute: the theme's variables resolved in the palette, other colours as they are. */
export function paletteColor(color: string, palette: Palette): string {
  const token = /^var\(--(surface|text|muted|border)\)$/.exec(color.trim())?.[1];
  if (!token) return color;
  return token === 'surface' ? palette.background : palette[token as 'text' | 'muted' | 'border'];
}

/** The theme the page shows now (the user's choice, else the OS preference). */
export function currentTheme(): ExportTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
