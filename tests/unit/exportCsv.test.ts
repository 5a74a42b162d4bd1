import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/ui/export/csv';
import type { ChartTable } from '../../src/ui/chartTable';

const table = (rows: ChartTable['rows']): ChartTable => ({
  columns: [
    { key: 'name', label: 'Version' },
    { key: 'seconds', label: 'Max clip length', unit: 's' },
    { key: 'audio', label: 'Native audio' },
  ],
  rows,
});

describe('toCsv', () => {
  it('starts with a BOM, has a header with units, CRLF lines, and leaves unknown values empty', () => {
    const csv = toCsv(
      table([
        { name: 'Veo 3', seconds: 8, audio: true },
        { name: 'Movie Gen', seconds: null, audio: null },
      ]),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('Version,Max clip length (s),Native audio\r\nVeo 3,8,Yes\r\nMovie Gen,,\r\n');
  });

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    const csv = toCsv(table([{ name: 'Say "hi", then\nleave', seconds: 1, audio: false }]));
    expect(csv).toContain('"Say ""hi"", then\nleave",1,No');
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\n=1+1', '=1+1\nsecond line'])(
    'neutralises the formula-leading cell %j',
    (evil) => {
      const csv = toCsv(table([{ name: evil, seconds: 1, audio: null }]));
      const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
      expect(parsed[1]?.[0]).toBe(`'${evil}`);
    },
  );

  it('keeps numbers as numbers, negative ones too', () => {
    const csv = toCsv(table([{ name: 'x', seconds: -5, audio: null }]));
    expect(csv).toContain('x,-5,');
  });

  it('round-trips unicode: accents, CJK, right-to-left and emoji', () => {
    const name = 'Vidéo 生成 مرحبا 🎬';
    const parsed = Papa.parse<string[]>(toCsv(table([{ name, seconds: 2, audio: true }])).slice(1), {
      newline: '\r\n',
    }).data;
    expect(parsed[1]).toEqual([name, '2', 'Yes']);
  });
});

describe('a chart’s CSV that a spreadsheet user trusts', () => {
  const stamp = { asOf: '2025-06-01', dataset: { version: '2.0.0', updatedAt: '2026-11-26' } };

  it('writes "not disclosed" in words, never a blank or a 0, and says per row which figures are missing', () => {
    const csv = toCsv(
      table([
        { name: 'Veo 3', seconds: 8, audio: true },
        { name: 'Movie Gen', seconds: null, audio: '' },
      ]),
      stamp,
    );
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Version', 'Max clip length (s)', 'Native audio', 'Disclosure', 'As of', 'Dataset']);
    expect(rows[1]).toEqual(['Veo 3', '8', 'Yes', 'complete', '2025-06-01', 'Genscope 2.0.0']);
    // A blank stays blank (nothing to say); an unknown is said.
    expect(rows[2]).toEqual([
      'Movie Gen',
      'not disclosed',
      '',
      'not disclosed: Max clip length (s)',
      '2025-06-01',
      'Genscope 2.0.0',
    ]);
  });

  it('dates the rows with the ISO day the chart shows, or the dataset’s day', () => {
    const csv = toCsv(table([{ name: 'x', seconds: 1, audio: true }]), { ...stamp, asOf: null });
    expect(csv).toContain(',2026-11-26,Genscope 2.0.0\r\n');
  });
});
