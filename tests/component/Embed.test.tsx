import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

describe('an embedded chart', { timeout: 30_000 }, () => {
  it('is drawn alone, from the URL state of Compare, with its sources and a link back', async () => {
    renderApp('/embed/clip-cost?systems=veo&versions=veo-3-1&clip=8&res=2160');
    const figure = await screen.findByRole('figure', { name: 'What a clip costs' });
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'The clip to price' })).not.toBeInTheDocument(); // no inputs
    expect(figure).toHaveTextContent('US dollars for a 8 s at 2160p with sound');
    expect(figure).toHaveTextContent('Sources:');
    expect(screen.getByRole('link', { name: 'Open this view in Genscope →' })).toHaveAttribute(
      'href',
      '/compare?systems=veo&versions=veo-3-1&clip=8&res=2160',
    );
  });

  it('says so for a chart it does not know', async () => {
    renderApp('/embed/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no chart “nope” to embed.');
  });
});
