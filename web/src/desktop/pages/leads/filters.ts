import type { LeadStatus } from '../../../api/types.ts';

export type Scope = 'all' | 'mine' | 'team' | 'public';
export const STATUSES: LeadStatus[] = ['pending_review', 'public', 'private', 'signed', 'invalid'];

export interface LeadFilters {
  scope: Scope;
  q?: string;
  status?: LeadStatus;
  tag?: string;
  cityId?: string;
  ownerId?: string;
  /** Custom field filters, sent as attr.<key>=<value>. */
  attrs: Record<string, string>;
  limit: number;
}

/** Filters live in the URL, so a filtered list can be bookmarked, shared and come back after login. */
export function filtersFromParams(params: URLSearchParams, defaultScope: Scope = 'all'): LeadFilters {
  const attrs: Record<string, string> = {};
  for (const [key, value] of params) if (key.startsWith('attr.') && value) attrs[key.slice(5)] = value;
  const status = params.get('status');
  const limit = Number(params.get('limit'));
  return {
    scope: (['all', 'mine', 'team', 'public'].includes(params.get('scope') ?? '')
      ? params.get('scope')
      : defaultScope) as Scope,
    q: params.get('q') || undefined,
    status: STATUSES.includes(status as LeadStatus) ? (status as LeadStatus) : undefined,
    tag: params.get('tag') || undefined,
    cityId: params.get('cityId') || undefined,
    ownerId: params.get('ownerId') || undefined,
    attrs,
    limit: [20, 50, 100, 200].includes(limit) ? limit : 50,
  };
}

export function filtersToParams(filters: LeadFilters): URLSearchParams {
  const params = new URLSearchParams();
  params.set('scope', filters.scope);
  for (const key of ['q', 'status', 'tag', 'cityId', 'ownerId'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(filters.attrs)) if (value) params.set(`attr.${key}`, value);
  if (filters.limit !== 50) params.set('limit', String(filters.limit));
  return params;
}

/** The query string of GET /leads for these filters and a page cursor. */
export function leadsQuery(
  filters: LeadFilters,
  cursor: string | undefined,
): Record<string, string | number> {
  const query: Record<string, string | number> = { scope: filters.scope, limit: filters.limit };
  if (filters.q) query.q = filters.q;
  if (filters.status) query.status = filters.status;
  if (filters.tag) query.tag = filters.tag;
  if (filters.cityId) query.cityId = filters.cityId;
  if (filters.ownerId) query.ownerId = filters.ownerId;
  for (const [key, value] of Object.entries(filters.attrs)) if (value) query[`attr.${key}`] = value;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The query of GET /leads/export: the list's filters (custom fields too), without paging. */
export function exportSearch(
  filters: LeadFilters,
  format: 'csv' | 'xlsx',
  lang: 'zh' | 'en',
): URLSearchParams {
  const search = new URLSearchParams({ format, lang });
  for (const [key, value] of Object.entries(leadsQuery(filters, undefined)))
    if (key !== 'limit') search.set(key, String(value));
  return search;
}
