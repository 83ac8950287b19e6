import type { TaskPriceGap } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { onlineOffersOf } from '../deals/center.ts';
import type { CoordinateSystem } from '../leads/normalize.ts';
import { leadsNear, syncTag } from '../leads/tags.ts';
import { FRESH_DAYS, priceGap } from './comparable.ts';
import { MATCH_RADIUS_M, scorePair, verdict } from './match.ts';
import { canManageCompetitors } from './policy.ts';
import { type CheckedRecord, checkRecord, type RecordInput } from './records.ts';
import * as repo from './repo.ts';

export const COMPETITOR_TAG = 'competitor_online';
export const PRICE_TAG = 'price_disadvantage';
/** Candidates scored per store: a dense street holds more shops than that within the radius. */
const CANDIDATES_PER_STORE = 30;
/** Records per JSON request; bigger loads go through a file. */
export const MAX_RECORDS = 1000;

export function requireManager(actor: Actor) {
  if (!canManageCompetitors(actor)) throw forbidden('Only HQ and administrators manage competitor data');
}

/** Writes checked records: stores inserted or refreshed, offers updated to their latest observation. */
export const lockTenant = repo.lockTenant;

export async function ingest(trx: Tx, deps: Deps, tenantId: string, records: CheckedRecord[]) {
  const at = deps.clock.now();
  const stores = await repo.upsertStores(trx, tenantId, records, at);
  await repo.upsertDeals(
    trx,
    tenantId,
    records
      .filter((r) => r.deal !== null)
      .map((r) => ({ storeId: stores.get(r.storeKey)!.id, deal: r.deal!, category: r.category })),
    at,
  );
  const ids = [...new Set([...stores.values()].map((s) => s.id))];
  return { storeIds: ids, newStores: [...stores.values()].filter((s) => s.isNew).length };
}

/**
 * Matches stores to leads (matching.ts decides): a clear best → matched; uncertain → review with
 * its candidates; nothing close → unmatched. Confirmed matches and rejected pairs are kept.
 */
export async function rematch(trx: Tx, deps: Deps, tenantId: string, ids: string[] | 'all') {
  const at = deps.clock.now();
  const counts = { matched: 0, review: 0, unmatched: 0 };
  for (const store of await repo.storesToMatch(trx, tenantId, ids)) {
    let outcome: ReturnType<typeof verdict> = { status: 'unmatched' };
    if (store.lat !== null && store.lng !== null) {
      const point = { name: store.name, lat: store.lat, lng: store.lng };
      const rejected = await repo.rejectedLeads(trx, tenantId, store.id);
      const near = await leadsNear(trx, tenantId, {
        ...point,
        radiusM: MATCH_RADIUS_M,
        limit: CANDIDATES_PER_STORE,
      });
      outcome = verdict(
        near.filter((l) => !rejected.has(l.id)).map((l) => ({ leadId: l.id, ...scorePair(point, l) })),
      );
    }
    counts[outcome.status]++;
    if (outcome.status === 'matched') {
      const { best } = outcome;
      await repo.replaceCandidates(trx, tenantId, store.id, [{ leadId: outcome.leadId, ...best }], at);
      await repo.setStoreMatch(trx, tenantId, store.id, {
        status: 'matched',
        source: 'auto',
        leadId: outcome.leadId,
        score: best.score,
        distanceM: best.distanceM,
        at,
      });
    } else {
      const candidates = outcome.status === 'review' ? outcome.candidates : [];
      await repo.replaceCandidates(trx, tenantId, store.id, candidates, at);
      await repo.setStoreMatch(trx, tenantId, store.id, {
        status: outcome.status,
        source: null,
        leadId: null,
        score: candidates[0]?.score ?? null,
        distanceM: candidates[0]?.distanceM ?? null,
        at,
      });
    }
  }
  return counts;
}

/**
 * Brings the derived facts in line with the matches and prices: `competitor_online` on exactly
 * the merchants with a matched store, the price gaps recomputed, `price_disadvantage` on exactly
 * the merchants with a gap.
 */
export async function refresh(trx: Tx, deps: Deps, actor: Actor) {
  const tenantId = actor.tenantId;
  const at = deps.clock.now();
  const online = await syncTag(trx, deps, actor, COMPETITOR_TAG, repo.matchedLeadIds(tenantId));
  const since = new Date(at.getTime() - FRESH_DAYS * 86_400_000);
  const theirs = await repo.matchedOffers(trx, tenantId, since);
  const leadIds = [...new Set(theirs.map((o) => o.lead_id!))];
  const ours = await onlineOffersOf(trx, tenantId, leadIds);
  const gaps: repo.GapRow[] = [];
  for (const our of ours) {
    for (const their of theirs) {
      if (their.lead_id !== our.leadId) continue;
      const price = Number(their.price);
      const gap = priceGap(our, { title: their.title, price, category: their.category });
      if (!gap) continue;
      gaps.push({
        leadId: our.leadId,
        ourDealId: our.id,
        competitorDealId: their.id,
        storeId: their.store_id,
        platform: their.platform,
        ourTitle: our.title,
        ourPrice: our.price,
        theirTitle: their.title,
        theirPrice: price,
        gap: gap.gap,
        gapRatio: gap.ratio,
        strategy: gap.strategy,
      });
    }
  }
  await repo.replaceGaps(trx, tenantId, gaps, at);
  const price = await syncTag(trx, deps, actor, PRICE_TAG, repo.gapLeadIds(tenantId));
  return {
    competitorOnline: { added: online.added.length, removed: online.removed.length },
    priceGaps: gaps.length,
    priceDisadvantage: { added: price.added.length, removed: price.removed.length },
  };
}

/** The JSON door: all records checked first; one bad record refuses the request, nothing written. */
export async function submitRecords(
  deps: Deps,
  actor: Actor,
  body: { coordSystem?: CoordinateSystem; records: RecordInput[] },
) {
  requireManager(actor);
  const now = deps.clock.now();
  const errors: Array<{ path: string; message: string }> = [];
  const records: CheckedRecord[] = [];
  body.records.forEach((input, i) => {
    const checked = checkRecord(input, body.coordSystem ?? 'wgs84', now);
    if (checked.ok) records.push(checked.record);
    else errors.push({ path: `/body/records/${i}`, message: checked.error });
  });
  if (errors.length > 0)
    throw new DomainError('validation_failed', `${errors.length} record(s) are invalid; nothing was saved`, {
      errors,
    });
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await repo.lockTenant(trx, actor.tenantId);
    const { storeIds, newStores } = await ingest(trx, deps, actor.tenantId, records);
    const matching = await rematch(trx, deps, actor.tenantId, storeIds);
    const derived = await refresh(trx, deps, actor);
    const result = { records: records.length, stores: storeIds.length, newStores, matching, ...derived };
    await audit(trx, deps.clock, actor, {
      action: 'competitor.records_submitted',
      object: 'competitor_store',
      objectId: null,
      note: result,
    });
    return result;
  });
}

/** Rematches every store and recomputes the tags and gaps (on demand and nightly). */
export async function recomputeTenant(deps: Deps, actor: Actor) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await repo.lockTenant(trx, actor.tenantId);
    const matching = await rematch(trx, deps, actor.tenantId, 'all');
    const derived = await refresh(trx, deps, actor);
    const result = { matching, ...derived };
    await audit(trx, deps.clock, actor, {
      action: 'competitor.recomputed',
      object: 'competitor_store',
      objectId: null,
      note: result,
    });
    return result;
  });
}

/** A person decides a candidate pair: confirmed → the store's match for good; rejected → never again. */
export async function decideCandidate(deps: Deps, actor: Actor, id: string, decision: 'confirm' | 'reject') {
  requireManager(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await repo.lockTenant(trx, actor.tenantId);
    const pair = await repo.findMatchForUpdate(trx, actor.tenantId, id);
    if (!pair) throw notFound('Match');
    const store = (await repo.findStore(trx, actor.tenantId, pair.store_id))!;
    const isCurrent = store.match_status === 'matched' && store.lead_id === pair.lead_id;
    if (pair.status === 'rejected' || (pair.status === 'confirmed' && decision === 'confirm'))
      throw new DomainError('invalid_state', `This match is already ${pair.status}`);
    if (pair.status === 'candidate' && store.match_source === 'confirmed' && !isCurrent)
      throw new DomainError('invalid_state', 'The store already has a confirmed match');
    const at = deps.clock.now();
    const by = actor.kind === 'user' ? actor.id : null;
    await repo.decideMatch(trx, actor.tenantId, id, {
      status: decision === 'confirm' ? 'confirmed' : 'rejected',
      by,
      at,
    });
    if (decision === 'confirm') {
      await repo.replaceCandidates(trx, actor.tenantId, store.id, [], at);
      await repo.setStoreMatch(trx, actor.tenantId, store.id, {
        status: 'matched',
        source: 'confirmed',
        leadId: pair.lead_id,
        score: pair.score,
        distanceM: pair.distance_m,
        at,
      });
    } else {
      // Also undoes an automatic or confirmed match: the store looks again, without this lead.
      if (store.match_source === 'confirmed')
        await repo.setStoreMatch(trx, actor.tenantId, store.id, {
          status: 'unmatched',
          source: null,
          leadId: null,
          score: null,
          distanceM: null,
          at,
        });
      await rematch(trx, deps, actor.tenantId, [store.id]);
    }
    await audit(trx, deps.clock, actor, {
      action: decision === 'confirm' ? 'competitor.match_confirmed' : 'competitor.match_rejected',
      object: 'competitor_match',
      objectId: id,
      note: { storeId: store.id, leadId: pair.lead_id, score: pair.score },
    });
    await refresh(trx, deps, actor);
    return repo.findStore(trx, actor.tenantId, store.id);
  });
}

/** Gaps a task carries per merchant: the largest few say enough to act on. */
const GAPS_PER_TASK = 3;

/**
 * The current price gaps of a set of merchants, for another module to show with its own records
 * (a price campaign's tasks): one query for the whole set, merchants without a gap absent.
 */
export async function priceGapsOfLeads(trx: Tx, tenantId: string, leadIds: string[]) {
  const byLead = new Map<string, TaskPriceGap[]>();
  if (leadIds.length === 0) return byLead;
  for (const g of await repo.gapsOfLeads(trx, tenantId, leadIds, GAPS_PER_TASK)) {
    const list = byLead.get(g.lead_id) ?? [];
    list.push({
      platform: g.platform,
      ourDealId: g.our_deal_id,
      ourTitle: g.our_title,
      ourPrice: Number(g.our_price),
      theirTitle: g.their_title,
      theirPrice: Number(g.their_price),
      gap: Number(g.gap),
      strategy: g.strategy,
    });
    byLead.set(g.lead_id, list);
  }
  return byLead;
}
