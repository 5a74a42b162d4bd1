import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { SkippedRecordsNotice } from '../ui/SkippedRecordsNotice';
import { createAppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  router?: ReturnType<typeof createAppRouter>;
  /** Shown above the app, e.g. the chaos-mode banner. */
  banner?: ReactNode;
}

export function App({ queryClient, router, banner }: AppProps) {
  const [appRouter] = useState(() => router ?? createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      {banner}
      <SkippedRecordsNotice />
      <RouterProvider router={appRouter} />
    </QueryClientProvider>
  );
}
