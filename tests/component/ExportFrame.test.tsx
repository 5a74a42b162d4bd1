import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExportFrame } from '../../src/ui/export/ExportFrame';
import type { FrameParts } from '../../src/ui/export/parts';

const parts: FrameParts = {
  title: 'Maximum clip length',
  subtitle: 'Seconds; as of 1 Jan 2026',
  legend: [
    { label: 'Meta', color: '#0072b2', mark: 'swatch' },
    { label: 'not disclosed', color: '#8a909c', mark: 'hatch' },
  ],
  notes: ['Sora 2 was retired.'],
  sourceIds: ['s1'],
  empty: null,
};

describe('ExportFrame', () => {
  it('draws the frame’s parts from data, in the chosen theme, with no controls', () => {
    render(
      <ExportFrame
        parts={parts}
        chart={<svg aria-label="the chart" />}
        theme="dark"
        width={600}
        sourcesLine="Sources: TechCrunch"
        footer="Genscope · http://x/ · 27 Nov 2026"
      />,
    );
    const frame = screen.getByRole('figure');
    expect(frame).toHaveAttribute('data-export-theme', 'dark');
    expect(within(frame).getByRole('heading', { name: 'Maximum clip length' })).toBeInTheDocument();
    expect(within(frame).getByText('Seconds; as of 1 Jan 2026')).toBeInTheDocument();
    expect(
      within(within(frame).getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Meta', 'not disclosed']);
    expect(within(frame).getByLabelText('the chart')).toBeInTheDocument();
    expect(within(frame).getByText('* Sora 2 was retired.')).toBeInTheDocument();
    expect(within(frame).getByText('Sources: TechCrunch.')).toBeInTheDocument();
    expect(within(frame).getByText('Genscope · http://x/ · 27 Nov 2026')).toBeInTheDocument();
    expect(within(frame).queryByRole('button')).toBeNull();
    expect(within(frame).queryByRole('link')).toBeNull();
  });

  it('says there is nothing to draw instead of the chart and legend, and leaves out an empty sources line', () => {
    render(
      <ExportFrame
        parts={{ ...parts, legend: [], notes: [], sourceIds: [], empty: 'Nothing to draw for this selection.' }}
        chart={<svg aria-label="the chart" />}
        theme="light"
        width={600}
        sourcesLine={null}
        footer="Genscope"
      />,
    );
    const frame = screen.getByRole('figure');
    expect(within(frame).getByText('Nothing to draw for this selection.')).toBeInTheDocument();
    expect(within(frame).queryByLabelText('the chart')).toBeNull();
    expect(frame).not.toHaveTextContent('Sources');
  });
});
