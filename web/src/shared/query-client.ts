import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

/** Retries only what may pass on a second try: network failures and 5xx, never a refusal. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
