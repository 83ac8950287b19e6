import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import type { CheckedRecord } from './records.ts';

/** Inserts or refreshes the stores of some records; returns their ids by store key. */
export async function upsertStores(trx: Tx, tenantId: string, records: CheckedRecord[], at: Date) {
  const unique = new Map(records.map((r) => [r.storeKey, r]));
  if (unique.size === 0) return new Map<string, { id: string; isNew: boolean }>();
  const rows = await trx
    .insertInto('competitor_store')
    .values(
      [...unique.values()].map((r) => ({
        tenant_id: tenantId,
        platform: r.platform,
        name: r.storeName,
        store_key: r.storeKey,
        address: r.address,
        lat: r.lat,
        lng: r.lng,
        city: r.city,
        category: r.category,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'store_key']).doUpdateSet({
        name: (eb) => eb.ref('excluded.name'),
        address: sql`coalesce(excluded.address, competitor_store.address)`,
        city: sql`coalesce(excluded.city, competitor_store.city)`,
        category: sql`coalesce(excluded.category, competitor_store.category)`,
        updated_at: at,
      }),
    )
    .returning(['id', 'store_key', sql<boolean>`created_at = ${at}`.as('is_new')])
    .execute();
  return new Map(rows.map((r) => [r.store_key, { id: r.id, isNew: r.is_new }]));
}

/** The latest observation of each offer wins; an older one does not overwrite it. */
export async function upsertDeals(
  trx: Tx,
  tenantId: string,
  deals: Array<{ storeId: string; deal: NonNullable<CheckedRecord['deal']>; category: string | null }>,
  at: Date,
) {
  const unique = new Map(deals.map((d) => [`${d.storeId}|${d.deal.titleKey}`, d]));
  if (unique.size === 0) return;
  await trx
    .insertInto('competitor_deal')
    .values(
      [...unique.values()].map((d) => ({
        tenant_id: tenantId,
        store_id: d.storeId,
        title: d.deal.title,
        title_key: d.deal.titleKey,
        price: d.deal.price,
        sales: d.deal.sales,
        category: d.category,
        observed_at: d.deal.observedAt,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'store_id', 'title_key'])
        .doUpdateSet({
          title: (eb) => eb.ref('excluded.title'),
          price: (eb) => eb.ref('excluded.price'),
          sales: (eb) => eb.ref('excluded.sales'),
          category: sql`coalesce(excluded.category, competitor_deal.category)`,
          observed_at: (eb) => eb.ref('excluded.observed_at'),
          updated_at: at,
        })
        .where(sql<boolean>`excluded.observed_at >= competitor_deal.observed_at`),
    )
    .execute();
}

const STORE_COLUMNS = [
  'id',
  'platform',
  'name',
  'address',
  'lat',
  'lng',
  'city',
  'category',
  'match_status',
  'match_source',
  'lead_id',
  'match_score',
  'match_distance_m',
  'matched_at',
  'created_at',
  'updated_at',
] as const;

export function findStore(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('competitor_store')
    .select(STORE_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type StoreRow = NonNullable<Awaited<ReturnType<typeof findStore>>>;

/** Stores to (re)match: the given ones, or all; a match a person confirmed is never redone. */
export function storesToMatch(trx: Tx, tenantId: string, ids: string[] | 'all') {
  let query = trx
    .selectFrom('competitor_store')
    .select(['id', 'name', 'lat', 'lng'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('match_source', 'is', null), eb('match_source', '<>', 'confirmed')]))
    .orderBy('id');
  if (ids !== 'all') {
    if (ids.length === 0) return Promise.resolve([]);
    query = query.where('id', '=', sql<string>`any(${ids}::bigint[])`);
  }
  return query.execute();
}

export async function rejectedLeads(trx: Tx, tenantId: string, storeId: string) {
  const rows = await trx
    .selectFrom('competitor_match')
    .select('lead_id')
    .where('tenant_id', '=', tenantId)
    .where('store_id', '=', storeId)
    .where('status', '=', 'rejected')
    .execute();
  return new Set(rows.map((r) => r.lead_id));
}

export async function setStoreMatch(
  trx: Tx,
  tenantId: string,
  storeId: string,
  m: {
    status: 'matched' | 'review' | 'unmatched';
    source: 'auto' | 'confirmed' | null;
    leadId: string | null;
    score: number | null;
    distanceM: number | null;
    at: Date;
  },
) {
  await trx
    .updateTable('competitor_store')
    .set({
      match_status: m.status,
      match_source: m.source,
      lead_id: m.leadId,
      match_score: m.score,
      match_distance_m: m.distanceM,
      matched_at: m.status === 'matched' ? m.at : null,
      updated_at: m.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', storeId)
    .execute();
}

/** Replaces the open candidates of a store (decided pairs stay as they are). */
export async function replaceCandidates(
  trx: Tx,
  tenantId: string,
  storeId: string,
  candidates: Array<{ leadId: string; score: number; nameScore: number; distanceM: number }>,
  at: Date,
) {
  await trx
    .deleteFrom('competitor_match')
    .where('tenant_id', '=', tenantId)
    .where('store_id', '=', storeId)
    .where('status', '=', 'candidate')
    .execute();
  if (candidates.length === 0) return;
  await trx
    .insertInto('competitor_match')
    .values(
      candidates.map((c) => ({
        tenant_id: tenantId,
        store_id: storeId,
        lead_id: c.leadId,
        score: c.score,
        name_score: c.nameScore,
        distance_m: c.distanceM,
        status: 'candidate' as const,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'store_id', 'lead_id']).doNothing())
    .execute();
}

export function findMatchForUpdate(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('competitor_match')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideMatch(
  trx: Tx,
  tenantId: string,
  id: string,
  d: { status: 'confirmed' | 'rejected'; by: string | null; at: Date },
) {
  await trx
    .updateTable('competitor_match')
    .set({ status: d.status, decided_by: d.by, decided_at: d.at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Query of the leads a matched store points at: the holders of `competitor_online`. */
export const matchedLeadIds = (tenantId: string) =>
  sql<{ id: string }>`select lead_id as id from competitor_store
    where tenant_id = ${tenantId} and match_status = 'matched'`;

/** The fresh offers of matched stores, with the store's platform and merchant. */
export function matchedOffers(trx: Tx, tenantId: string, since: Date) {
  return trx
    .selectFrom('competitor_deal as d')
    .innerJoin('competitor_store as s', (j) =>
      j.onRef('s.tenant_id', '=', 'd.tenant_id').onRef('s.id', '=', 'd.store_id'),
    )
    .select([
      'd.id',
      'd.title',
      'd.price',
      sql<string | null>`coalesce(d.category, s.category)`.as('category'),
      's.id as store_id',
      's.platform',
      's.lead_id',
    ])
    .where('d.tenant_id', '=', tenantId)
    .where('s.match_status', '=', 'matched')
    .where('d.observed_at', '>=', since)
    .execute();
}

export interface GapRow {
  leadId: string;
  ourDealId: string;
  competitorDealId: string;
  storeId: string;
  platform: string;
  ourTitle: string;
  ourPrice: number;
  theirTitle: string;
  theirPrice: number;
  gap: number;
  gapRatio: number;
  strategy: 'match_price' | 'exclusive_offer';
}

export async function replaceGaps(trx: Tx, tenantId: string, gaps: GapRow[], at: Date) {
  await trx.deleteFrom('price_gap').where('tenant_id', '=', tenantId).execute();
  for (let i = 0; i < gaps.length; i += 1000) {
    await trx
      .insertInto('price_gap')
      .values(
        gaps.slice(i, i + 1000).map((g) => ({
          tenant_id: tenantId,
          lead_id: g.leadId,
          our_deal_id: g.ourDealId,
          competitor_deal_id: g.competitorDealId,
          store_id: g.storeId,
          platform: g.platform,
          our_title: g.ourTitle,
          our_price: g.ourPrice,
          their_title: g.theirTitle,
          their_price: g.theirPrice,
          gap: g.gap,
          gap_ratio: g.gapRatio,
          strategy: g.strategy,
          computed_at: at,
        })),
      )
      .execute();
  }
}

/** The largest gaps of each of the given merchants (at most `perLead` each), largest first. */
export function gapsOfLeads(trx: Tx, tenantId: string, leadIds: string[], perLead: number) {
  return sql<{
    lead_id: string;
    our_deal_id: string;
    platform: string;
    our_title: string;
    our_price: string;
    their_title: string;
    their_price: string;
    gap: string;
    strategy: 'match_price' | 'exclusive_offer';
  }>`
    select lead_id, our_deal_id, platform, our_title, our_price, their_title, their_price, gap, strategy
    from (
      select g.*, row_number() over (partition by lead_id order by gap desc, our_deal_id, competitor_deal_id) as n
      from price_gap g
      where tenant_id = ${tenantId} and lead_id = any(${leadIds}::bigint[])
    ) ranked
    where n <= ${perLead}
    order by lead_id, n`
    .execute(trx)
    .then((r) => r.rows);
}

export const gapLeadIds = (tenantId: string) =>
  sql<{ id: string }>`select distinct lead_id as id from price_gap where tenant_id = ${tenantId}`;

/**
 * One competitor write per tenant at a time (until commit): the recompute replaces the tenant's
 * price gaps wholesale, and two at once would insert the same rows.
 */
export async function lockTenant(trx: Tx, tenantId: string) {
  await sql`select pg_advisory_xact_lock(hashtext('groundwork.competitors'), hashtext(${tenantId}))`.execute(
    trx,
  );
}
