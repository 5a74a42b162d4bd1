import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildChangeLog } from '../../src/features/changes/changeLog';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

describe('What changed', { timeout: 30_000 }, () => {
  it('lists every dated change newest first, each with its sources', async () => {
    renderApp('/changes');
    const list = await screen.findByRole('list', { name: 'Every change' });
    const items = within(list).getAllByRole('listitem');
    const all = buildChangeLog(ds.systems);
    expect(items).toHaveLength(all.length);
    const days = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(days).toEqual([...days].sort((a, b) => b.localeCompare(a)));
    // A value change reads before → after, on its day, with its sources.
    const cut = items.find((li) => /Veo 3\b.*Max resolution: 720p → 1080p/.test(li.textContent ?? ''))!;
    expect(cut.querySelector('time')).toHaveTextContent('9 Sep 2025');
    expect(within(cut).getAllByRole('link', { name: /^source / }).length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(`${all.length} changes`);
  });

  it('filters by system through the URL, and says so when the id is unknown', async () => {
    const { router } = renderApp('/changes');
    await userEvent.selectOptions(await screen.findByLabelText('System'), 'Sora');
    await waitFor(() => expect(router.state.location.searchStr).toBe('?system=sora'));
    const list = screen.getByRole('list', { name: 'Changes to Sora' });
    const sora = buildChangeLog(ds.systems).filter((c) => c.systemId === 'sora');
    expect(within(list).getAllByRole('listitem')).toHaveLength(sora.length);
    expect(list).toHaveTextContent('Sora 2 · Retired');
    expect(list).toHaveTextContent('Sora (research preview) · Retired: replaced by Sora (Turbo)');

    renderApp('/changes?system=nope');
    expect(await screen.findByText('No system with the id “nope”: showing every system.')).toBeInTheDocument();
  });
});
