import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { server } from '../../src/mocks/node';
import { renderApp } from '../support/renderApp';

describe('one schema-invalid record among valid ones', () => {
  it('shows the valid ones, names the bad one once (notice and console), and can be dismissed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const systems = realDataset().systems;
    const broken = { ...systems[1], id: 'broken-system', versions: 'not a list' };
    server.use(
      http.get('*/api/v1/systems', () => HttpResponse.json({ data: [systems[0], broken, ...systems.slice(2)] })),
    );

    renderApp('/');
    expect(await screen.findAllByRole('article')).toHaveLength(4);
    const notice = await screen.findByRole('complementary', { name: 'Data notice' });
    expect(notice).toHaveTextContent('1 record skipped');
    expect(notice).toHaveTextContent('broken-system from /api/v1/systems: versions');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('broken-system');

    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'Data notice' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(4);
  });
});
