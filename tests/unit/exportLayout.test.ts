import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCapabilityMatrix } from '../../src/ui/charts/capabilityMatrix';
import { capabilityMatrixSvg, headerLines } from '../../src/ui/charts/capabilityMatrixSvg';
import { entriesOf } from '../../src/ui/charts/entries';
import { describeList, KEYS, nothingToDraw } from '../../src/ui/charts/legendKeys';
import { composeExportSvg, type ExportText } from '../../src/ui/export/composeExportSvg';
import { PALETTES, paletteColor } from '../../src/ui/export/exportTheme';
import { layoutLegend } from '../../src/ui/export/legendSvg';
import type { Measure } from '../../src/ui/export/svgText';
import { realDataset } from '../../src/mocks/dataset';

/** Every character 7 px wide at any size: layouts become easy to reason about. */
const measure: Measure = (text) => text.length * 7;
const style = (theme: 'light' | 'dark') => ({ palette: PALETTES[theme], family: 'sans-serif', measure });
const parts: ExportText = {
  title: 'Maximum clip length',
  subtitle: 'Seconds; as of 1 Jan 2026',
  legend: [{ label: 'Meta', color: '#0072b2', mark: 'swatch' }, KEYS.extended],
  notes: ['Sora 2 was retired.'],
  sourcesLine: 'Sources: TechCrunch',
  footer: 'Genscope · http://x/compare · 27 Nov 2026',
  empty: null,
};
const chart = { width: 400, height: 200, svg: (x: number, y: number) => `<svg x="${x}" y="${y}" id="chart"/>` };
const texts = (svg: string) =>
  [...svg.matchAll(/<text [^>]*fill="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => m.slice(1));

describe('composeExportSvg', () => {
  it('lays out title, subtitle, legend, chart, notes, sources and footer, top to bottom', () => {
    const svg = composeExportSvg(parts, chart, style('light'));
    const order = [
      'Maximum clip length',
      'Seconds;',
      'Meta',
      'reached by',
      'id="chart"',
      '* Sora 2',
      'Sources:',
      'Genscope',
    ];
    const at = order.map((s) => svg.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="448"/);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it('draws every text in the chosen theme, whatever the page shows', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { text, muted } = PALETTES[theme];
      const fills = new Map(texts(composeExportSvg(parts, chart, style(theme))).map(([fill, t]) => [t, fill]));
      expect(fills.get('Maximum clip length')).toBe(text);
      expect(fills.get('Meta')).toBe(text);
      expect(fills.get('Genscope · http://x/compare · 27 Nov 2026')).toBe(muted);
    }
    // The hatched key in the theme's muted colour, not the CSS variable.
    expect(composeExportSvg(parts, chart, style('dark'))).toContain(`stroke="${PALETTES.dark.muted}"`);
  });

  it('says there is nothing to draw, and has no sources line, when the chart is empty', () => {
    const empty = { ...parts, legend: [], notes: [], sourcesLine: null, empty: nothingToDraw('2023-01-01') };
    const lines = texts(composeExportSvg(empty, null, style('light'))).map(([, t]) => t);
    expect(lines.join(' ')).toContain('Nothing to draw: no version of this selection was out by 1 Jan 2023.');
    expect(lines.join(' ')).not.toContain('Sources');
  });
});

describe('legend layout', () => {
  it('wraps keys into rows at the width', () => {
    const keys = ['aaaa', 'bbbb', 'cccc'].map((label) => ({ label, color: '#000', mark: 'swatch' as const }));
    const { placed, height } = layoutLegend(keys, 10, 100, 130, measure); // each key: 18 + 28 + 16 = 62 px
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [10, 100],
      [72, 100],
      [10, 120],
    ]);
    expect(height).toBe(40);
    expect(layoutLegend([], 0, 0, 100, measure).height).toBe(0);
  });
});

describe('capability matrix as SVG', () => {
  const ds = realDataset();
  const matrix = buildCapabilityMatrix(entriesOf(ds.systems, ds.companies, () => true).slice(0, 3));

  it('breaks headers between words, after hyphens and at soft hyphens', () => {
    const fits = (n: number) => (s: string) => s.replace(/\u00ad/g, '-').length <= n;
    expect(headerLines('Image-to-video', fits(8))).toEqual(['Image-', 'to-video']);
    expect(headerLines('Personal\u00adisation', fits(9))).toEqual(['Personal-', 'isation']);
    expect(headerLines('Native audio', fits(7))).toEqual(['Native', 'audio']);
    expect(headerLines('Frame rate', fits(20))).toEqual(['Frame rate']);
  });

  it('draws one row per version with its label, and a mark or value per capability', () => {
    const block = capabilityMatrixSvg(matrix, 600, PALETTES.light, measure);
    const svg = block.svg(24, 100);
    expect(svg).toMatch(/^<svg x="24" y="100" width="600" height="\d+"/);
    const drawn = texts(svg).map(([, t]) => t);
    for (const row of matrix.rows) expect(drawn.join(' ')).toContain(row.label.split(' ')[0]);
    const marks = matrix.rows.flatMap((r) => Object.values(r.cells)).filter((c) => c.kind !== 'value').length;
    expect((svg.match(/<circle |<rect [^>]*url\(#/g) ?? []).length).toBe(marks);
    expect(block.height).toBeGreaterThan(matrix.rows.length * 30);
  });
});

describe('export palettes', () => {
  it('are the theme tokens of the stylesheet, so that an image in either theme matches the page in it', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    const token = (name: string) => new RegExp(`--${name}: light-dark\\((#[0-9a-f]+), (#[0-9a-f]+)\\)`).exec(css)!;
    for (const [name, key] of [
      ['surface', 'background'],
      ['text', 'text'],
      ['muted', 'muted'],
      ['border', 'border'],
    ]) {
      const [, light, dark] = token(name!);
      expect([PALETTES.light[key as 'text'], PALETTES.dark[key as 'text']], name).toEqual([light, dark]);
    }
    expect(paletteColor('var(--muted)', PALETTES.dark)).toBe(PALETTES.dark.muted);
    expect(paletteColor('#0072b2', PALETTES.dark)).toBe('#0072b2');
  });
});

describe('empty charts', () => {
  it('say which day they are empty on, and descriptions never end in ". ."', () => {
    expect(nothingToDraw(null)).toBe('Nothing to draw for this selection.');
    expect(describeList('Bar chart of prices.', [])).toBe('Bar chart of prices.');
    expect(describeList('Bar chart of prices.', ['A: 1', 'B: 2'])).toBe('Bar chart of prices. A: 1; B: 2.');
  });
});
