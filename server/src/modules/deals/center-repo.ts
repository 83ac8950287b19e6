import { sql } from 'kysely';
import type { DealStatus } from '../../db/schema.ts';
import { searchGrams } from '../../db/search-grams.ts';
import type { Tx } from '../../db/tenant-tx.ts';
import { DEAL_COLUMNS } from './repo.ts';

export interface CenterFilter {
  /** Normalised search text. */
  q?: string;
  status?: DealStatus;
  cityId?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  leadId?: string;
  beforeId?: string;
  limit: number;
}

/**
 * The deal center: newest first, keyset-paged on the id. With `q`, the gram index finds the
 * candidates (title and merchant name) and strpos checks them exactly.
 */
export function listDeals(trx: Tx, tenantId: string, filter: CenterFilter) {
  let query = filteredDeals(trx, tenantId, filter).select(DEAL_COLUMNS);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** The deals of a deal-center filter (no columns chosen yet): the list and campaigns share it. */
export function filteredDeals(trx: Tx, tenantId: string, filter: Omit<CenterFilter, 'limit' | 'beforeId'>) {
  let query = trx.selectFrom('deal').where('tenant_id', '=', tenantId);
  if (filter.q !== undefined) {
    query = query
      .where(sql<boolean>`search_grams @> ${searchGrams(filter.q)}::text[]`)
      // strpos, not LIKE: no wildcards to escape, and the planner takes `<> 0` as true for nearly
      // every candidate (which it is), where LIKE '%…%' made it expect a handful of rows and sort
      // every match of a common word instead of walking the newest deals.
      .where(sql<boolean>`strpos(search_text, ${filter.q}) <> 0`);
  }
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.cityId !== undefined) query = query.where('city_id', '=', filter.cityId);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.minPrice !== undefined)
    query = query.where('deal_price_cents', '>=', String(Math.round(filter.minPrice * 100)));
  if (filter.maxPrice !== undefined)
    query = query.where('deal_price_cents', '<=', String(Math.round(filter.maxPrice * 100)));
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  return query;
}

/** Deals waiting for audit, the longest waiting first. */
export function auditQueue(
  trx: Tx,
  tenantId: string,
  filter: { cityId?: string; after?: { submittedAt: string; id: string }; limit: number },
) {
  let query = trx
    .selectFrom('deal')
    .select(DEAL_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'pending_audit');
  if (filter.cityId !== undefined) query = query.where('city_id', '=', filter.cityId);
  if (filter.after) {
    const { submittedAt, id } = filter.after;
    query = query.where(sql<boolean>`(submitted_at, id) > (${submittedAt}::timestamptz, ${id}::bigint)`);
  }
  return query
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

/** A merchant's deals for its page, newest first. */
export function dealsOfLead(trx: Tx, tenantId: string, leadId: string, limit: number) {
  return trx
    .selectFrom('deal')
    .select(DEAL_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The online deals of some merchants: what competitor prices are compared with. */
export function onlineOffersOf(trx: Tx, tenantId: string, leadIds: string[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('deal')
    .select(['id', 'lead_id', 'title', 'deal_price', 'category'])
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .where('status', '=', 'online')
    .orderBy('id')
    .execute();
}

/**
 * A query of each merchant's deal sales (the counts of its deals that have been online), for
 * set-based rules over merchants: rows (lead_id, sales).
 */
export const salesPerLead = (tenantId: string) =>
  sql<{ lead_id: string; sales: string }>`select lead_id, sum(sales_count)::bigint as sales from deal
    where tenant_id = ${tenantId} and status in ('online', 'offline', 'expired') group by lead_id`;
