import type { DealStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { normalizeText } from '../leads/normalize.ts';
import * as center from './center-repo.ts';
import { invalid } from './service.ts';

export interface CenterQuery {
  q?: string;
  status?: DealStatus;
  cityId?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  leadId?: string;
  limit: number;
  cursor?: string;
}

export type DealFilterInput = Omit<CenterQuery, 'limit' | 'cursor'>;

/** A deal-center filter checked: what `GET /deals` and campaigns both use. */
export function parseDealFilter(query: DealFilterInput) {
  const q = query.q === undefined ? undefined : normalizeText(query.q);
  if (q !== undefined && q.length === 0) throw invalid('/querystring/q', 'must contain letters or digits');
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice)
    throw invalid('/querystring/maxPrice', 'must not be below minPrice');
  return { ...query, q };
}

export type ParsedDealFilter = ReturnType<typeof parseDealFilter>;

/**
 * The deal center: every deal of the tenant, to everyone in it. Deals are offers the merchant
 * makes to the public, and a colleague who sees them does not draft the same deal twice.
 */
export async function listDeals(deps: Deps, actor: Actor, query: CenterQuery) {
  const filter = parseDealFilter(query);
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    center.listDeals(trx, actor.tenantId, { ...filter, limit: query.limit, beforeId }),
  );
  return toPage(rows, query.limit, (row) => [row.id]);
}

/** The merchants (lead ids) of the deals a filter matches, as a query to embed. */
export function merchantsOfDeals(trx: Tx, tenantId: string, filter: ParsedDealFilter) {
  return center.filteredDeals(trx, tenantId, filter).select('lead_id');
}

/** A merchant's deals, for its page (the caller has checked that the merchant is visible). */
export function dealsOfLead(trx: Tx, tenantId: string, leadId: string) {
  return center.dealsOfLead(trx, tenantId, leadId, 100);
}

/** The online deals of some merchants (id, merchant, title, price, category), for price comparisons. */
export async function onlineOffersOf(trx: Tx, tenantId: string, leadIds: string[]) {
  const rows = await center.onlineOffersOf(trx, tenantId, leadIds);
  return rows.map((r) => ({
    id: r.id,
    leadId: r.lead_id,
    title: r.title,
    price: Number(r.deal_price),
    category: r.category,
  }));
}

export const salesPerLead = center.salesPerLead;
