import { render, screen } from '@testing-library/react';
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
});
