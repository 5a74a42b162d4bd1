import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../src/mocks/node';
import { describe, expect, it } from 'vitest';
import { ResultBar } from '../../src/features/timeline/ResultBar';
import { renderApp } from '../support/renderApp';

describe('timeline fixes', { timeout: 20_000 }, () => {
  it('isolates a link value in the notice, so right-to-left characters cannot scramble the sentence', async () => {
    renderApp('/timeline?company=%E2%80%AEevil,meta&type=rumour');
    const notice = await screen.findByText(/not recognised and are ignored/);
    const values = [...notice.querySelectorAll('code')].map((c) => [
      c.textContent,
      c.querySelector('bdi')?.textContent,
    ]);
    expect(values).toEqual([
      ['company=\u202eevil', '\u202eevil'],
      ['type=rumour', 'rumour'],
    ]);
  });

  it('writes large counts with thousands separators', () => {
    const count = { data: { total: 12345, of: 100000 }, error: null, updating: false, retry: () => {} };
    render(<ResultBar count={count} updating={false} canClear onClear={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('12,345 events of 100,000');
  });

  it('says what failed and what to do, with the technical detail folded away', async () => {
    server.use(http.get('*/api/v1/events', () => HttpResponse.json({ data: 'not what the schema says' })));
    renderApp('/timeline');
    const alert = (await screen.findAllByRole('alert')).find((a) => a.textContent?.includes('Could not load events.'))!;
    expect(alert).toHaveTextContent('The data service sent an answer this page cannot read.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    const detail = within(alert).getByText(/answered with unexpected data/);
    expect(detail).not.toBeVisible();
    expect(within(alert).getByText('Technical details')).toBeVisible();
  });
});
