import { useQueries } from '@tanstack/react-query';
import { api, call } from '../api/client.ts';

/**
 * Store names for lists that carry only lead ids (visits): one read per distinct lead on the
 * page, cached; a lead the caller may not see keeps its id.
 */
export function useLeadNames(ids: string[]) {
  const distinct = [...new Set(ids)];
  const results = useQueries({
    queries: distinct.map((id) => ({
      queryKey: ['lead', id],
      staleTime: 60_000,
      retry: false,
      queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
    })),
  });
  const names = new Map<string, string>();
  distinct.forEach((id, index) => {
    const name = results[index]?.data?.name;
    if (name) names.set(id, name);
  });
  return (id: string) => names.get(id) ?? `#${id}`;
}
