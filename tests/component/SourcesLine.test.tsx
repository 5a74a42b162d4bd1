import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { LONG_LIST, SOURCES_SHOWN } from '../../src/ui/SourcesLine';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
/** The sources of the events the month chart counts: with no filter, those of every event. */
const chartSources = new Set(ds.events.flatMap((e) => e.sourceIds));
const number = (id: string) => Number(/\d+/.exec(id)?.[0]);

/** The [S…] links of a chart frame's sources line, as ids. */
const refIds = (frame: HTMLElement) =>
  within(frame.querySelector('.sources-line') as HTMLElement)
    .getAllByRole('link', { name: /^source / })
    .map((a) => /^source (\S+?),?( |$)/.exec(a.getAttribute('aria-label') ?? '')?.[1] ?? '');

describe('a chart’s sources line', { timeout: 20_000 }, () => {
  it('lists sources in numeric order, says how many more there are, and shows them all on request', async () => {
    renderApp('/timeline');
    const frame = await screen.findByRole('figure', { name: 'Events per month' });
    await waitFor(() => expect(refIds(frame).length).toBeGreaterThan(0));
    const first = refIds(frame);
    expect(first.map(number)).toEqual([...first.map(number)].sort((a, b) => a - b));

    expect(chartSources.size).toBeGreaterThan(LONG_LIST);
    expect(first).toHaveLength(SOURCES_SHOWN);
    expect(frame).toHaveTextContent(`and ${chartSources.size - SOURCES_SHOWN} more sources.`);
    const showAll = within(frame).getByRole('button', { name: `Show all ${chartSources.size} sources` });
    await userEvent.click(showAll);
    await waitFor(() => expect(refIds(frame)).toHaveLength(chartSources.size));
    const all = refIds(frame);
    expect(new Set(all)).toEqual(chartSources);
    expect(all.map(number)).toEqual([...all.map(number)].sort((a, b) => a - b));
    expect(within(frame).getByRole('button', { name: 'Show fewer sources' })).toHaveAttribute('aria-expanded', 'true');
  });
});
