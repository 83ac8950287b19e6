import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/types.ts';

export type OrgUnit = ResponseOf<'/api/v1/org-units', 'get'>['items'][number];

/** Every unit the caller may see, all pages of them (org trees are hundreds of units, not more). */
export function useOrgUnits() {
  const query = useQuery({
    queryKey: ['org-units', 'all'],
    queryFn: async () => {
      const units: OrgUnit[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 50; page++) {
        const answer = await call(
          api.GET('/api/v1/org-units', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }),
        );
        units.push(...answer.items);
        if (!answer.nextCursor) break;
        cursor = answer.nextCursor;
      }
      return units;
    },
  });
  const byId = new Map((query.data ?? []).map((unit) => [unit.id, unit]));
  return { ...query, units: query.data ?? [], nameOf: (id: string) => byId.get(id)?.name ?? '—' };
}
