import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

const brush = () => screen.findByRole('slider', { name: 'Months to set as the date range' });

describe('the month brush from the keyboard', { timeout: 20_000 }, () => {
  it('arrows move, Shift+arrows widen, Enter applies the months as the date range', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?from=2025-06&to=2025-06');
    const slider = await brush();
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuetext', 'June 2025 (in force)'));
    expect(slider).toHaveAccessibleDescription(/Left and right arrows move the months/);
    slider.focus();
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuetext', 'May 2025, press Enter to apply');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowRight}{ArrowRight}{/Shift}');
    expect(slider).toHaveAttribute('aria-valuetext', 'April 2025 to July 2025, press Enter to apply');
    expect(router.state.location.search).toEqual({ from: '2025-06', to: '2025-06' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ from: '2025-04', to: '2025-07' }));
  });

  it('Escape drops the months chosen and leaves the range as it was', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?from=2025-06&to=2025-06');
    const slider = await brush();
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuetext', 'June 2025 (in force)'));
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', 'August 2025, press Enter to apply');
    await user.keyboard('{Escape}');
    expect(slider).toHaveAttribute('aria-valuetext', 'June 2025 (in force)');
    await user.keyboard('{Enter}');
    expect(router.state.location.search).toEqual({ from: '2025-06', to: '2025-06' });
  });
});
