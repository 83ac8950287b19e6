import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { recordEvents } from '../lead-events/service.ts';
import { getVisibleLead, visibilityFor } from '../leads/access.ts';
import { mergeInto } from '../leads/merge.ts';
import * as leads from '../leads/repo.ts';
import { settleReview } from '../pool/service.ts';

const REVIEWER_ROLES: ReadonlySet<string> = new Set(['reviewer', 'city_manager', 'hq', 'tenant_admin']);
export const canReview = (actor: Actor) => REVIEWER_ROLES.has(actor.role);

function guard(actor: Actor) {
  if (!canReview(actor)) throw forbidden('Only reviewers clean incoming leads');
}

/** The leads waiting for review in the reviewer's territory, oldest first, each with its look-alikes. */
export async function reviewQueue(
  deps: Deps,
  actor: Actor,
  query: { cityId?: string; limit: number; cursor?: string },
) {
  guard(actor);
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const visibility = await visibilityFor(trx, deps, actor, 'all');
    let q = leads
      .selectLeads(trx, actor.tenantId)
      .where('s.status', '=', 'pending_review')
      .where((eb) => leads.visibilityFilter(eb, visibility));
    if (query.cityId) q = q.where('l.city_id', '=', query.cityId);
    if (afterId) q = q.where('l.id', '>', afterId);
    const rows = await q
      .orderBy('l.id')
      .limit(query.limit + 1)
      .execute();
    const items = [];
    for (const lead of rows.slice(0, query.limit)) {
      items.push({ lead, duplicates: await leads.listDuplicates(trx, actor.tenantId, lead.id) });
    }
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor([last.lead.id]) : null };
  });
}

async function settle(deps: Deps, actor: Actor, id: string, to: 'public' | 'invalid', reason?: string) {
  guard(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, id);
    if (lead.status !== 'pending_review' || !(await settleReview(trx, deps, actor.tenantId, id, to))) {
      throw new DomainError('invalid_state', `This lead is ${lead.status}, not waiting for review`);
    }
    const kind = to === 'public' ? 'approved' : 'rejected';
    await recordEvents(trx, deps.clock, actor, [
      { leadId: id, kind, fromStatus: 'pending_review', toStatus: to, reason: reason ?? null },
    ]);
    await audit(trx, deps.clock, actor, {
      action: `lead.${kind}`,
      object: 'lead',
      objectId: id,
      note: { reason },
    });
    return getVisibleLead(trx, deps, actor, id);
  });
}

export const approve = (deps: Deps, actor: Actor, id: string) => settle(deps, actor, id, 'public');
export const reject = (deps: Deps, actor: Actor, id: string, reason: string) =>
  settle(deps, actor, id, 'invalid', reason);

/** Merges a lead in review into an existing lead; the merged one becomes invalid. */
export async function merge(deps: Deps, actor: Actor, id: string, intoId: string) {
  guard(actor);
  if (id === intoId)
    throw new DomainError('validation_failed', 'A lead cannot merge into itself', {
      errors: [{ path: '/body/intoId', message: 'must be another lead' }],
    });
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const source = await getVisibleLead(trx, deps, actor, id);
    const survivor = await getVisibleLead(trx, deps, actor, intoId).catch(() => {
      throw new DomainError('validation_failed', 'The lead to merge into does not exist', {
        errors: [{ path: '/body/intoId', message: 'is not a lead you can see' }],
      });
    });
    if (source.status !== 'pending_review')
      throw new DomainError('invalid_state', 'Only a lead in review can be merged away');
    if (survivor.status === 'invalid')
      throw new DomainError('invalid_state', 'Cannot merge into an invalid lead');
    if (!(await settleReview(trx, deps, actor.tenantId, id, 'invalid'))) {
      throw new DomainError('invalid_state', 'The lead was reviewed a moment ago');
    }
    const filled = await mergeInto(trx, deps, actor, source, survivor);
    await audit(trx, deps.clock, actor, {
      action: 'lead.merged',
      object: 'lead',
      objectId: id,
      note: { into: intoId, filled },
    });
    return getVisibleLead(trx, deps, actor, intoId);
  });
}
