import { render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { InTurn } from '../../src/ui/InTurn';

/** A chart stand-in that notes, when it has drawn, which of its siblings had drawn too. */
function Chart({ name, log }: { name: string; log: string[][] }) {
  useEffect(
    () => void log.push([name, ...[...document.querySelectorAll('[data-chart]')].map((e) => e.id)]),
    [name, log],
  );
  return <div data-chart id={name} />;
}

describe('InTurn', () => {
  it('draws charts one at a time, in order, each place held until its turn', async () => {
    const log: string[][] = [];
    const { container } = render(
      <>
        {['a', 'b', 'c'].map((name) => (
          <InTurn key={name}>
            <Chart name={name} log={log} />
          </InTurn>
        ))}
      </>,
    );
    expect(container.querySelectorAll('[data-in-turn="waiting"]')).toHaveLength(3);
    await waitFor(() => expect(log).toHaveLength(3));
    // Each drew alone: when a chart had drawn, only those before it were there.
    expect(log).toEqual([
      ['a', 'a'],
      ['b', 'a', 'b'],
      ['c', 'a', 'b', 'c'],
    ]);
  });

  it('a chart gone before its turn does not hold up the ones after it', async () => {
    const log: string[][] = [];
    const page = (names: string[]) => (
      <>
        {names.map((name) => (
          <InTurn key={name}>
            <Chart name={name} log={log} />
          </InTurn>
        ))}
      </>
    );
    const { rerender } = render(page(['d', 'e', 'f']));
    rerender(page(['d', 'f']));
    await waitFor(() => expect(screen.getAllByText('', { selector: '[data-chart]' })).toHaveLength(2));
    expect(log.map(([name]) => name)).toEqual(['d', 'f']);
  });
});
