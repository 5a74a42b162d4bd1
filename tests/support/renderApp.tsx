import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createAppRouter } from '../../src/app/router';

/** Renders the whole app at a URL, with a fresh QueryClient that does not retry. */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const utils = render(<App queryClient={queryClient} router={router} />);
  return { ...utils, router, queryClient };
}
