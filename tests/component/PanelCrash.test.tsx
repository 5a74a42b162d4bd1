import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/ui/ChartFrame';

function Boom(): never {
  throw new Error('chart exploded');
}

function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <ChartFrame id="bad" title="Broken chart" description="d" table={{ columns: [], rows: [] }} sourceIds={[]}>
        <Boom />
      </ChartFrame>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Clicked {count}
      </button>
    </>
  );
}

describe('a render crash in one panel', () => {
  it('is contained in that panel; the rest of the page stays usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <Page />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chart “Broken chart” could not be shown.');
    expect(alert).toHaveTextContent('chart exploded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
    // The table view of the same frame still works.
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});
