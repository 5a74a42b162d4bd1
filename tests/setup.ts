import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../src/mocks/node';

// Routes are lazy chunks (recharts among them): the first import in a test file can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

// recharts' ResponsiveContainer measures its parent; jsdom has no layout.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// The router restores the scroll position on navigation; jsdom has no scrolling and would log "Not implemented".
// The contract tests run in Node's environment, where there is no window at all.
if (typeof window !== 'undefined') window.scrollTo = () => {};
// A link to one version of a system scrolls its section into view; jsdom does not implement that either.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
