import { render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
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

/** Like recharts: the plot comes a while after the chart mounted (once it has measured its box). */
function LateChart({ name, log }: { name: string; log: string[][] }) {
  const [measured, setMeasured] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMeasured(true), 60);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (measured) log.push([name, ...[...document.querySelectorAll('[data-late-chart]')].map((e) => e.id)]);
  }, [measured, name, log]);
  return (
    <div data-late-chart id={name}>
      {measured && (
        <div className="recharts-wrapper">
          <svg />
        </div>
      )}
    </div>
  );
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

  it('the next chart waits until the plot of the one before is in the page, not only its first render', async () => {
    const log: string[][] = [];
    render(
      <>
        {['g', 'h'].map((name) => (
          <InTurn key={name}>
            <LateChart name={name} log={log} />
          </InTurn>
        ))}
      </>,
    );
    await waitFor(() => expect(log).toHaveLength(2));
    // h was not even mounted when g drew its plot: the two plots cannot render in the same task.
    expect(log).toEqual([
      ['g', 'g'],
      ['h', 'g', 'h'],
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
