import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { localDay } from '../pool/service.ts';
import * as center from './center-repo.ts';
import { REASON_CODES, type ReasonCode } from './checklist.ts';
import { canAuditDeals, canRepriceOnline, canSeeAuditQueue, mayTakeOffline } from './policy.ts';
import { findDealOr404, invalid, transition } from './service.ts';

// The reviewers' side of a deal: approve, reject with reasons, take offline; the audit queue.

export async function approveDeal(deps: Deps, actor: Actor, id: string, comment?: string) {
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const deal = await findDealOr404(trx, actor.tenantId, id);
    if (!canAuditDeals(actor)) throw forbidden('Only reviewers and HQ audit deals');
    if (deal.status === 'pending_audit' && deal.valid_to < localDay(deps.clock.now(), settings.timezone)) {
      throw new DomainError(
        'deal_not_ready',
        `The deal's validity ended on ${deal.valid_to}: reject it with invalid_validity`,
        { reasons: ['invalid_validity'] },
      );
    }
    const now = deps.clock.now();
    return transition(
      trx,
      deps,
      actor,
      deal,
      ['pending_audit'],
      { action: 'approved', comment: comment ?? null },
      {
        status: 'online',
        audited_by: actor.kind === 'user' ? actor.id : null,
        audited_at: now,
        online_at: now,
      },
    );
  });
}

export async function rejectDeal(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { reasons: string[]; comment?: string },
) {
  const unknown = input.reasons.filter((r) => !REASON_CODES.includes(r as ReasonCode));
  if (unknown.length > 0)
    throw invalid('/body/reasons', `holds codes that are not on the checklist: ${unknown.join(', ')}`);
  if (input.reasons.includes('other') && !input.comment?.trim())
    throw invalid('/body/comment', 'is required with the reason other');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const deal = await findDealOr404(trx, actor.tenantId, id);
    if (!canAuditDeals(actor)) throw forbidden('Only reviewers and HQ audit deals');
    const reasons = [...new Set(input.reasons)];
    return transition(
      trx,
      deps,
      actor,
      deal,
      ['pending_audit'],
      { action: 'rejected', reasons, comment: input.comment ?? null },
      {
        status: 'rejected',
        rejection_reasons: reasons,
        rejection_comment: input.comment ?? null,
        audited_by: actor.kind === 'user' ? actor.id : null,
        audited_at: deps.clock.now(),
      },
    );
  });
}

export async function takeOffline(deps: Deps, actor: Actor, id: string, reason: string) {
  return inTenant(deps.db, actor.tenantId, (trx) => takeOfflineInTx(trx, deps, actor, id, reason));
}

/** Takes an online deal offline inside the caller's transaction (HQ intervening on a task). */
export async function takeOfflineInTx(trx: Tx, deps: Deps, actor: Actor, id: string, reason: string) {
  const deal = await findDealOr404(trx, actor.tenantId, id);
  if (!(await mayTakeOffline(trx, actor, deal)))
    throw forbidden('Reviewers, HQ, administrators and the city’s operations take deals offline');
  return transition(
    trx,
    deps,
    actor,
    deal,
    ['online'],
    { action: 'offline', comment: reason },
    { status: 'offline', offline_reason: reason, offline_at: deps.clock.now() },
  );
}

/**
 * HQ changes the price of an online deal directly (matching a competitor): the deal stays online,
 * its history says `repriced` with the reason, the audit log keeps the before and after.
 */
export async function repriceOnlineInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  id: string,
  input: { dealPrice: number; reason: string },
) {
  if (!canRepriceOnline(actor))
    throw forbidden('Only HQ and administrators change the price of an online deal');
  const deal = await findDealOr404(trx, actor.tenantId, id);
  if (input.dealPrice > Number(deal.list_price))
    throw invalid('/body/dealPrice', `must not be above the list price (${deal.list_price})`);
  return transition(
    trx,
    deps,
    actor,
    deal,
    ['online'],
    { action: 'repriced', comment: `${Number(deal.deal_price)} → ${input.dealPrice}: ${input.reason}` },
    { deal_price: input.dealPrice },
  );
}

/** Deals waiting for audit, the longest waiting first. */
export async function auditQueue(
  deps: Deps,
  actor: Actor,
  query: { cityId?: string; limit: number; cursor?: string },
) {
  if (!canSeeAuditQueue(actor)) throw forbidden('The deal audit queue is for reviewers and HQ');
  const keys = decodeCursor(query.cursor, 2);
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    center.auditQueue(trx, actor.tenantId, {
      cityId: query.cityId,
      after: keys ? { submittedAt: keys[0]!, id: keys[1]! } : undefined,
      limit: query.limit,
    }),
  );
  return toPage(rows, query.limit, (row) => [row.submitted_at?.toISOString() ?? '', row.id]);
}
