import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';

/** Names of the people the caller may see (their subtree), to show owners by name. */
export function useUsers() {
  const query = useQuery({
    queryKey: ['users', 'lookup'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/users', { params: { query: { limit: 200 } } })),
  });
  const byId = new Map((query.data?.items ?? []).map((user) => [user.id, user]));
  return {
    ...query,
    users: query.data?.items ?? [],
    nameOf: (id: string | null) => (id ? (byId.get(id)?.displayName ?? `#${id}`) : ''),
  };
}

/** City units of the caller's subtree, for filters and forms. */
export function useCities() {
  const query = useQuery({
    queryKey: ['org-units', 'city'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/org-units', { params: { query: { kind: 'city', limit: 200 } } })),
  });
  const byId = new Map((query.data?.items ?? []).map((unit) => [unit.id, unit]));
  return {
    ...query,
    cities: query.data?.items ?? [],
    nameOf: (id: string) => byId.get(id)?.name ?? '—',
  };
}

/** The tenant's custom fields of leads, labelled in the user's language. */
export function useLeadFields() {
  return useFields('lead');
}

/** The tenant's active custom fields of an object, labelled in the user's language. */
export function useFields(object: 'lead' | 'deal' | 'contract' | 'opportunity' | 'contact') {
  const query = useQuery({
    queryKey: ['fields', object],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/fields/{object}', { params: { path: { object } } })),
  });
  const english = currentLanguage() === 'en-US';
  return {
    ...query,
    fields: (query.data?.items ?? []).filter((field) => field.active),
    label: (field: { labelZh: string; labelEn: string }) =>
      english ? field.labelEn || field.labelZh : field.labelZh,
  };
}
