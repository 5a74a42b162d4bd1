import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InTurn } from '../../src/ui/InTurn';
import { TYPING_PAUSE_MS, useTypingPaused, watchTyping } from '../../src/ui/typing';

const same = (a: string, b: string) => a === b;

function Shown({ value }: { value: string }) {
  const { shown, held } = useTypingPaused(value, same);
  return (
    <output aria-label="chart" aria-busy={held}>
      {shown}
    </output>
  );
}

const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('charts wait for a pause in typing', () => {
  watchTyping();

  it('a chart keeps what it shows while the reader types, busy, and catches up at the pause', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <input aria-label="Search" />
        <Shown value="all events" />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'cine');
    rerender(
      <>
        <input aria-label="Search" />
        <Shown value="cine" />
      </>,
    );
    await pause(TYPING_PAUSE_MS / 4);
    expect(screen.getByRole('status', { name: 'chart' })).toHaveTextContent('all events');
    expect(screen.getByRole('status', { name: 'chart' })).toHaveAttribute('aria-busy', 'true');
    await pause(TYPING_PAUSE_MS);
    expect(screen.getByRole('status', { name: 'chart' })).toHaveTextContent('cine');
    expect(screen.getByRole('status', { name: 'chart' })).toHaveAttribute('aria-busy', 'false');
  });

  it('without typing, a new value shows in the next task', async () => {
    const { rerender } = render(<Shown value="a" />);
    rerender(<Shown value="b" />);
    await pause(10);
    expect(screen.getByRole('status', { name: 'chart' })).toHaveTextContent('b');
  });

  it('keys that are not typing (a checkbox, the arrow keys of a slider) do not hold charts back', async () => {
    const user = userEvent.setup();
    await pause(TYPING_PAUSE_MS);
    const { rerender } = render(
      <>
        <input type="checkbox" aria-label="Meta" />
        <Shown value="a" />
      </>,
    );
    await user.type(screen.getByRole('checkbox', { name: 'Meta' }), ' ');
    rerender(
      <>
        <input type="checkbox" aria-label="Meta" />
        <Shown value="b" />
      </>,
    );
    await pause(10);
    expect(screen.getByRole('status', { name: 'chart' })).toHaveTextContent('b');
  });

  it('a chart does not begin its turn to draw while the reader types', async () => {
    const user = userEvent.setup();
    await pause(TYPING_PAUSE_MS);
    render(<input aria-label="Search" />);
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'veo');
    render(
      <InTurn>
        <p>drawn</p>
      </InTurn>,
    );
    await pause(TYPING_PAUSE_MS / 4);
    expect(screen.queryByText('drawn')).toBeNull();
    await pause(TYPING_PAUSE_MS);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
