import type { LeadFilters } from '../leads/filters.ts';

/** What `POST /leads/handover` accepts as a filter. */
export interface HandoverFilter {
  cityId?: string;
  ownerId?: string;
  tag?: string;
}

/**
 * The server-side filter that finds exactly the merchants the leads table shows, or null when the
 * table's filters say more than the handover filter can (a search, custom fields, a narrower
 * scope): then "hand over all matching" would move merchants the person never saw, so only a
 * selection is offered. Only signed merchants go to operations, so the table must show those.
 */
export function handoverFilterOf(filters: LeadFilters): HandoverFilter | null {
  if (filters.status !== 'signed') return null;
  if (filters.q || Object.keys(filters.attrs).length > 0) return null;
  if (filters.scope !== 'all') return null;
  return {
    ...(filters.cityId && { cityId: filters.cityId }),
    ...(filters.ownerId && { ownerId: filters.ownerId }),
    ...(filters.tag && { tag: filters.tag }),
  };
}
