import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/renderApp';

describe('Copy link', { timeout: 30_000 }, () => {
  it('copies the address of exactly what is on screen, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderApp('/compare?systems=veo&asOf=2025-06-01');
    const header = await screen.findByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await within(header).findByText('Link copied')).toBeInTheDocument();
  });

  it('says what to do when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderApp('/');
    await user.click(within(await screen.findByRole('banner')).getByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText(/The browser refused to copy \(denied\)\. Copy the address bar instead\./),
    ).toBeVisible();
  });
});
