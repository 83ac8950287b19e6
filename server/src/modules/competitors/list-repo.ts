import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

export interface StoreFilter {
  status?: 'matched' | 'review' | 'unmatched';
  platform?: string;
  leadId?: string;
  beforeId?: string;
  limit: number;
}

/** Stores newest first, each with its number of offers and the id of its match pair, if any. */
export function listStores(trx: Tx, tenantId: string, f: StoreFilter) {
  let query = trx
    .selectFrom('competitor_store as s')
    .select([
      's.id',
      's.platform',
      's.name',
      's.address',
      's.lat',
      's.lng',
      's.city',
      's.category',
      's.match_status',
      's.match_source',
      's.lead_id',
      's.match_score',
      's.match_distance_m',
      's.matched_at',
      's.updated_at',
      sql<number>`(select count(*)::int from competitor_deal d where d.tenant_id = s.tenant_id and d.store_id = s.id)`.as(
        'deal_count',
      ),
      sql<string | null>`(select m.id::text from competitor_match m where m.tenant_id = s.tenant_id
        and m.store_id = s.id and m.lead_id = s.lead_id and m.status <> 'rejected' limit 1)`.as('match_id'),
    ])
    .where('s.tenant_id', '=', tenantId);
  if (f.status) query = query.where('s.match_status', '=', f.status);
  if (f.platform) query = query.where('s.platform', '=', f.platform);
  if (f.leadId) query = query.where('s.lead_id', '=', f.leadId);
  if (f.beforeId) query = query.where('s.id', '<', f.beforeId);
  return query
    .orderBy('s.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function dealsOfStores(trx: Tx, tenantId: string, storeIds: string[]) {
  if (storeIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('competitor_deal')
    .select(['id', 'store_id', 'title', 'price', 'sales', 'category', 'observed_at'])
    .where('tenant_id', '=', tenantId)
    .where('store_id', '=', sql<string>`any(${storeIds}::bigint[])`)
    .orderBy('price')
    .execute();
}

/** Open candidate pairs, oldest first (the queue), with the store's side. */
export function listCandidates(
  trx: Tx,
  tenantId: string,
  f: { afterId?: string; leadId?: string; limit: number },
) {
  let query = trx
    .selectFrom('competitor_match as m')
    .innerJoin('competitor_store as s', (j) =>
      j.onRef('s.tenant_id', '=', 'm.tenant_id').onRef('s.id', '=', 'm.store_id'),
    )
    .select([
      'm.id',
      'm.store_id',
      'm.lead_id',
      'm.score',
      'm.name_score',
      'm.distance_m',
      'm.created_at',
      's.platform',
      's.name as store_name',
      's.address as store_address',
      's.lat as store_lat',
      's.lng as store_lng',
    ])
    .where('m.tenant_id', '=', tenantId)
    .where('m.status', '=', 'candidate')
    .where('s.match_status', '=', 'review');
  if (f.afterId) query = query.where('m.id', '>', f.afterId);
  if (f.leadId) query = query.where('m.lead_id', '=', f.leadId);
  return query
    .orderBy('m.id')
    .limit(f.limit + 1)
    .execute();
}

export interface GapFilter {
  strategy?: 'match_price' | 'exclusive_offer';
  platform?: string;
  leadId?: string;
  after?: [string, string, string];
  limit: number;
}

export function listGaps(trx: Tx, tenantId: string, f: GapFilter) {
  let query = trx.selectFrom('price_gap').selectAll().where('tenant_id', '=', tenantId);
  if (f.strategy) query = query.where('strategy', '=', f.strategy);
  if (f.platform) query = query.where('platform', '=', f.platform);
  if (f.leadId) query = query.where('lead_id', '=', f.leadId);
  if (f.after) {
    const [lead, ours, theirs] = f.after;
    query = query.where(
      sql<boolean>`(lead_id, our_deal_id, competitor_deal_id) > (${lead}::bigint, ${ours}::bigint, ${theirs}::bigint)`,
    );
  }
  return query
    .orderBy('lead_id')
    .orderBy('our_deal_id')
    .orderBy('competitor_deal_id')
    .limit(f.limit + 1)
    .execute();
}
