import { describe, expect, it } from 'vitest';
import { gradientInk, HatchDefs, isVisibleColor } from '../../src/ui/export/svgDefs';
import { escapeXml, wrapText } from '../../src/ui/export/svgText';

describe('SVG export helpers', () => {
  it('tell drawn colours from transparent ones', () => {
    expect(isVisibleColor('rgb(0, 0, 0)')).toBe(true); // black is a colour, not "alpha 0"
    expect(isVisibleColor('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isVisibleColor('rgba(90, 97, 112, 0.5)')).toBe(true);
    expect(isVisibleColor('rgb(0 0 0 / 0)')).toBe(false);
    expect(isVisibleColor('transparent')).toBe(false);
    expect(isVisibleColor('none')).toBe(false);
    expect(isVisibleColor('#8a909c')).toBe(true);
  });

  it('read the ink of a hatched swatch from its computed gradient', () => {
    const hatch = 'repeating-linear-gradient(45deg, rgb(90, 97, 112) 0px, rgb(90, 97, 112) 2px, rgba(0, 0, 0, 0) 2px)';
    expect(gradientInk(hatch)).toBe('rgb(90, 97, 112)');
    expect(gradientInk('none')).toBeNull();
  });

  it('make one hatch pattern per colour, with escaped attributes', () => {
    const defs = new HatchDefs();
    expect(defs.markup()).toBe('');
    expect(defs.fill('rgb(1, 2, 3)')).toBe('url(#export-hatch-0)');
    expect(defs.fill('rgb(1, 2, 3)')).toBe('url(#export-hatch-0)');
    expect(defs.fill('"><script>')).toBe('url(#export-hatch-1)');
    expect(defs.markup()).toContain('fill="&quot;&gt;&lt;script&gt;"');
    expect(defs.markup().match(/<pattern /g)).toHaveLength(2);
  });

  it('escape text for XML and wrap it to a width', () => {
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
    const byLength = (s: string) => s.length;
    expect(wrapText('Sources: one; two; three', 12, byLength)).toEqual(['Sources:', 'one; two;', 'three']);
    expect(wrapText('abcdefghij', 4, byLength)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
