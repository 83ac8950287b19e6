import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { decodeCursor, encodeCursor, toPage } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { getVisibleLead } from '../leads/access.ts';
import { leadSummaries } from '../leads/tags.ts';
import * as list from './list-repo.ts';
import { requireManager } from './service.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

async function dealsByStore(trx: Tx, tenantId: string, storeIds: string[]) {
  const byStore = new Map<string, ReturnType<typeof presentOffer>[]>();
  for (const d of await list.dealsOfStores(trx, tenantId, storeIds)) {
    if (!byStore.has(d.store_id)) byStore.set(d.store_id, []);
    byStore.get(d.store_id)!.push(presentOffer(d));
  }
  return byStore;
}

const presentOffer = (d: Awaited<ReturnType<typeof list.dealsOfStores>>[number]) => ({
  id: d.id,
  title: d.title,
  price: Number(d.price),
  sales: d.sales,
  category: d.category,
  observedAt: d.observed_at.toISOString(),
});

async function leadsById(trx: Tx, tenantId: string, ids: Array<string | null>) {
  const rows = await leadSummaries(
    trx,
    tenantId,
    ids.filter((id): id is string => id !== null),
  );
  return new Map(rows.map((l) => [l.id, l]));
}

const presentLeadSide = (l: Awaited<ReturnType<typeof leadSummaries>>[number] | undefined) =>
  l ? { id: l.id, name: l.name, address: l.address, lat: l.lat, lng: l.lng, category: l.category } : null;

export async function listStores(
  deps: Deps,
  actor: Actor,
  query: Omit<list.StoreFilter, 'beforeId'> & { cursor?: string },
) {
  requireManager(actor);
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const page = toPage(
      await list.listStores(trx, actor.tenantId, { ...query, beforeId }),
      query.limit,
      (r) => [r.id],
    );
    const deals = await dealsByStore(
      trx,
      actor.tenantId,
      page.items.map((s) => s.id),
    );
    const leads = await leadsById(
      trx,
      actor.tenantId,
      page.items.map((s) => s.lead_id),
    );
    return {
      items: page.items.map((s) => ({
        id: s.id,
        platform: s.platform,
        name: s.name,
        address: s.address,
        lat: s.lat,
        lng: s.lng,
        city: s.city,
        category: s.category,
        matchStatus: s.match_status,
        matchSource: s.match_source,
        matchId: s.match_id,
        matchScore: s.match_score,
        matchDistanceM: s.match_distance_m,
        matchedAt: iso(s.matched_at),
        lead: s.lead_id ? { id: s.lead_id, name: leads.get(s.lead_id)?.name ?? '' } : null,
        deals: deals.get(s.id) ?? [],
      })),
      nextCursor: page.nextCursor,
    };
  });
}

async function presentCandidates(
  trx: Tx,
  tenantId: string,
  rows: Awaited<ReturnType<typeof list.listCandidates>>,
) {
  const leads = await leadsById(
    trx,
    tenantId,
    rows.map((r) => r.lead_id),
  );
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    nameScore: r.name_score,
    distanceM: r.distance_m,
    createdAt: r.created_at.toISOString(),
    store: {
      id: r.store_id,
      platform: r.platform,
      name: r.store_name,
      address: r.store_address,
      lat: r.store_lat,
      lng: r.store_lng,
    },
    lead: presentLeadSide(leads.get(r.lead_id))!,
  }));
}

/** The review queue: uncertain pairs, store and lead side by side, oldest first. */
export async function listReview(deps: Deps, actor: Actor, query: { limit: number; cursor?: string }) {
  requireManager(actor);
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const page = toPage(
      await list.listCandidates(trx, actor.tenantId, { afterId, limit: query.limit }),
      query.limit,
      (r) => [r.id],
    );
    return { items: await presentCandidates(trx, actor.tenantId, page.items), nextCursor: page.nextCursor };
  });
}

const presentGap = (g: Awaited<ReturnType<typeof list.listGaps>>[number], leadName: string) => ({
  leadId: g.lead_id,
  leadName,
  platform: g.platform,
  storeId: g.store_id,
  ourDealId: g.our_deal_id,
  ourTitle: g.our_title,
  ourPrice: Number(g.our_price),
  competitorDealId: g.competitor_deal_id,
  theirTitle: g.their_title,
  theirPrice: Number(g.their_price),
  gap: Number(g.gap),
  gapRatio: g.gap_ratio,
  strategy: g.strategy,
  computedAt: g.computed_at.toISOString(),
});

export async function listGaps(
  deps: Deps,
  actor: Actor,
  query: Omit<list.GapFilter, 'after'> & { cursor?: string },
) {
  requireManager(actor);
  const after = decodeCursor(query.cursor, 3) as [string, string, string] | undefined;
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const rows = await list.listGaps(trx, actor.tenantId, { ...query, after });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const leads = await leadsById(
      trx,
      actor.tenantId,
      items.map((g) => g.lead_id),
    );
    return {
      items: items.map((g) => presentGap(g, leads.get(g.lead_id)?.name ?? '')),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([last.lead_id, last.our_deal_id, last.competitor_deal_id])
          : null,
    };
  });
}

/** A merchant's competitor section: its matched stores with their offers, its price gaps, open pairs. */
export async function merchantCompetitors(deps: Deps, actor: Actor, leadId: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    const stores = await list.listStores(trx, actor.tenantId, { leadId, limit: 100 });
    const deals = await dealsByStore(
      trx,
      actor.tenantId,
      stores.map((s) => s.id),
    );
    const gaps = await list.listGaps(trx, actor.tenantId, { leadId, limit: 200 });
    const pending = await list.listCandidates(trx, actor.tenantId, { leadId, limit: 50 });
    return {
      leadId,
      tags: lead.tags.filter((t) => t === 'competitor_online' || t === 'price_disadvantage'),
      stores: stores.slice(0, 100).map((s) => ({
        id: s.id,
        platform: s.platform,
        name: s.name,
        address: s.address,
        matchSource: s.match_source,
        matchScore: s.match_score,
        matchDistanceM: s.match_distance_m,
        deals: deals.get(s.id) ?? [],
      })),
      priceGaps: gaps.slice(0, 200).map((g) => presentGap(g, lead.name)),
      pendingMatches: await presentCandidates(trx, actor.tenantId, pending.slice(0, 50)),
    };
  });
}
