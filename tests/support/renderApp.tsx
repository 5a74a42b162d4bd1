import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createAppRouter } from '../../src/app/router';

/**
 * Renders the whole app at a URL. By default with a fresh QueryClient that does not retry; pass the app's own
 * (`createQueryClient()`) to test the retry policy.
 */
export function renderApp(
  url = '/',
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
) {
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const utils = render(<App queryClient={queryClient} router={router} />);
  return { ...utils, router, queryClient };
}
