import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

describe('page titles', { timeout: 30_000 }, () => {
  it('each page has its own title, read out to screen readers after a navigation', async () => {
    const { container } = renderApp('/');
    await waitFor(() => expect(document.title).toBe('Overview · Genscope'));
    const announcer = container.querySelector('[data-route-announcer]')!;
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent(''); // the first page is announced by the browser

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await userEvent.click(within(nav).getByRole('link', { name: 'What changed' }));
    await waitFor(() => expect(document.title).toBe('What changed · Genscope'));
    await waitFor(() => expect(announcer).toHaveTextContent('What changed · Genscope'));
  });

  it.each([
    ['/compare?systems=sora,veo&asOf=2025-06-01', 'Compare — Sora, Veo, as of 1 Jun 2025 · Genscope'],
    ['/compare', 'Compare · Genscope'],
    ['/systems/veo', 'Veo · Genscope'],
    ['/systems/nope', 'No such system · Genscope'],
    ['/changes?system=sora', 'What changed — Sora · Genscope'],
    ['/sources', 'Sources · Genscope'],
    ['/timeline', 'Timeline · Genscope'],
    ['/timeline?company=meta&from=2025-01&to=2025-12', 'Timeline — Meta, 2025 · Genscope'],
    ['/timeline?company=meta,openai&from=2025-01-01&to=2025-12-31', 'Timeline — Meta, OpenAI, 2025 · Genscope'],
    ['/timeline?system=sora&from=2025-06&to=2025-06', 'Timeline — Sora, Jun 2025 · Genscope'],
    ['/timeline?from=2024-03-05&to=2025-06&q=licence', 'Timeline — 5 Mar 2024 – Jun 2025, “licence” · Genscope'],
    ['/timeline?from=2025-02', 'Timeline — from Feb 2025 · Genscope'],
  ])('%s is titled “%s”', async (url, title) => {
    renderApp(url);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
