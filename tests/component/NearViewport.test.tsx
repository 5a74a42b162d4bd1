import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from '../../src/ui/NearViewport';

/** An IntersectionObserver whose callback the test calls. */
function stubObserver() {
  const observers: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit; off: boolean }[] = [];
  class Stub {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      observers.push({ callback, options, off: false });
    }
    observe() {}
    disconnect() {
      observers.at(-1)!.off = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', Stub);
  const fire = (isIntersecting: boolean) =>
    act(() => observers.at(-1)!.callback([{ isIntersecting } as IntersectionObserverEntry], {} as never));
  return { observers, fire };
}

afterEach(() => vi.unstubAllGlobals());

describe('NearViewport', () => {
  it('holds the place until the content nears the viewport, then renders it and stops observing', async () => {
    const { observers, fire } = stubObserver();
    const { container } = render(
      <NearViewport className="near-viewport--headline-charts">
        <p>the charts</p>
      </NearViewport>,
    );
    const place = container.querySelector('.near-viewport--headline-charts');
    expect(place).toHaveAttribute('data-near-viewport', 'waiting');
    expect(screen.queryByText('the charts')).not.toBeInTheDocument();
    expect(observers[0]!.options?.rootMargin).toBe('600px 0px');

    fire(false);
    expect(screen.queryByText('the charts')).not.toBeInTheDocument();
    fire(true);
    expect(await screen.findByText('the charts')).toBeInTheDocument();
    expect(container.querySelector('[data-near-viewport]')).toBeNull();
    expect(observers[0]!.off).toBe(true);
  });

  it('keeps the same place, with a spinner, while lazy content loads', async () => {
    const { fire } = stubObserver();
    let loaded: (m: { default: () => React.JSX.Element }) => void = () => {};
    const Charts = lazy(() => new Promise<{ default: () => React.JSX.Element }>((r) => (loaded = r)));
    const { container } = render(
      <NearViewport className="near-viewport--compare-charts">
        <Charts />
      </NearViewport>,
    );
    fire(true);
    expect(container.querySelector('.near-viewport--compare-charts')).toHaveAttribute('data-near-viewport', 'loading');
    expect(await screen.findByText('Loading charts…')).toBeInTheDocument();
    await act(async () => loaded({ default: () => <p>five charts</p> }));
    expect(await screen.findByText('five charts')).toBeInTheDocument();
  });

  it('renders the placeholder first (in a string render too), and the content at once without an observer', () => {
    stubObserver();
    const html = renderToString(
      <NearViewport className="near-viewport--headline-charts">
        <p>the charts</p>
      </NearViewport>,
    );
    expect(html).toContain('data-near-viewport="waiting"');
    expect(html).not.toContain('the charts');
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <NearViewport className="near-viewport--headline-charts">
        <p>the charts</p>
      </NearViewport>,
    );
    expect(screen.getByText('the charts')).toBeInTheDocument();
  });
});
