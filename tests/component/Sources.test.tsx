import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

describe('Sources page', { timeout: 30_000 }, () => {
  it('lists every source with publisher, dates and a safe link', async () => {
    renderApp('/sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await screen.findAllByText(/^Used for \d+ facts?/);
    for (const s of ds.sources) {
      const item = document.getElementById(s.id)!;
      expect(item).toHaveTextContent(s.publisher);
      if (s.url)
        expect(within(item).getByRole('link', { name: s.title })).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // Each source says what kind of page it is; the company's own pages stand out.
    const own = ds.sources.find((s) => s.kind === 'first-party')!;
    expect(within(document.getElementById(own.id)!).getByText('first-party')).toHaveClass('badge--first-party');
  });

  it('says which facts use a source', async () => {
    renderApp('/sources');
    const veo3 = ds.systems.find((s) => s.id === 'veo')!.versions.find((v) => v.id === 'veo-3')!;
    const id = veo3.specs.nativeAudio[0]!.sourceIds[0]!;
    const summary = await screen.findByText(
      (_, el) => el?.tagName === 'SUMMARY' && el.textContent?.endsWith(`from ${id}`) === true,
    );
    await userEvent.click(summary);
    const facts = screen.getByRole('list', { name: `Facts from ${id}` });
    expect(within(facts).getByRole('link', { name: 'Veo 3: Native audio' })).toHaveAttribute('href', '/systems/veo');
  });
});

describe('a link to one source', { timeout: 30_000 }, () => {
  it('/sources#S… opened fresh scrolls to the source, focuses it and marks it', async () => {
    const id = ds.sources[Math.floor(ds.sources.length / 2)]!.id;
    renderApp(`/sources#${id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await waitFor(() => expect(document.activeElement?.id).toBe(id));
    const item = document.getElementById(id)!;
    expect(item).toHaveClass('source--linked');
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(document.querySelectorAll('.source--linked')).toHaveLength(1);
  });
});
