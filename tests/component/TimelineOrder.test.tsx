import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compareEventsNewestFirst } from '../../src/api/eventFilter';
import { endDay } from '../../src/data/dates';
import { realDataset } from '../../src/mocks/dataset';
import { formatDate } from '../../src/ui/format';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
const newestFirst = [...ds.events].sort(compareEventsNewestFirst);
const region = () => screen.findByRole('region', { name: 'Events' });
const firstTitle = async () =>
  within((await region()).querySelector('article')!).getByRole('heading', { level: 4 }).textContent;

describe('timeline order, reach and dates', { timeout: 20_000 }, () => {
  it('lists newest or oldest first, and the order is in the link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline');
    await waitFor(async () => expect(await firstTitle()).toBe(newestFirst[0]!.title));
    const order = within(await region()).getByRole('group', { name: 'Order' });
    expect(within(order).getByRole('button', { name: 'Newest first' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(order).getByRole('button', { name: 'Oldest first' }));
    expect(router.state.location.search).toEqual({ order: 'oldest' });
    await waitFor(async () => expect(await firstTitle()).toBe(newestFirst.at(-1)!.title));
  });

  it('a link with order=oldest opens oldest first', async () => {
    renderApp('/timeline?order=oldest&company=meta');
    const meta = newestFirst.filter((e) => e.companyIds.includes('meta'));
    await waitFor(async () => expect(await firstTitle()).toBe(meta.at(-1)!.title));
  });

  it('jumps to the first event on or after a date', async () => {
    const user = userEvent.setup();
    renderApp('/timeline');
    await waitFor(async () => expect(await firstTitle()).toBe(newestFirst[0]!.title));
    const day = '2025-06-01';
    const target = [...newestFirst].reverse().find((e) => (e.precision === 'month' ? endDay(e.date) : e.date) >= day)!;
    const input = within(await region()).getByLabelText('Jump to date');
    await user.type(input, day);
    await user.click(within(await region()).getByRole('button', { name: 'Go' }));
    // The field's description reads out what the jump found.
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        `Showing the first event on or after 1 Jun 2025: ${formatDate(target.date, target.precision)}.`,
      ),
    );
  });

  it('reports From after To by the date fields, and does not apply the range', async () => {
    renderApp('/timeline?from=2025-06&to=2024-01-15');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('From (1 Jun 2025) is after To (15 Jan 2024).');
    for (const name of ['From', 'To']) {
      const field = screen.getByLabelText(name);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(/is after To/);
    }
    expect(screen.getByLabelText('From')).toHaveValue('2025-06-01');
    await waitFor(async () =>
      expect(within(await region()).getByText(`Showing 50 of ${ds.events.length} events.`)).toBeVisible(),
    );
  });
});
