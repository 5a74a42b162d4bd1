import { describe, expect, it } from 'vitest';
import { HatchDefs } from '../../src/ui/export/svgDefs';
import { escapeXml, wrapText } from '../../src/ui/export/svgText';

describe('SVG export helpers', () => {
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
