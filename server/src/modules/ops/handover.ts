import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { recordEvents } from '../lead-events/service.ts';
import { getVisibleLead } from '../leads/access.ts';
import {
  type SignedLeadFilter,
  setOpsOwner,
  signedLeadsMatching,
  visibleLeadsByIds,
} from '../leads/ops-owner.ts';
import type { LeadRow } from '../leads/service.ts';
import { followMerchants } from '../tasks/service.ts';
import { canHandOver, mayHandOverLead, type OpsTarget, resolveOpsTarget } from './policy.ts';

/** One bulk handover moves at most this many merchants: a wider filter is refused, not cut. */
export const BULK_HANDOVER_LIMIT = 2_000;

/** Why a merchant stays: a stable code a screen translates (`detail` is for people reading the API). */
type RefusalReason = 'not_found' | 'not_signed' | 'outside_team' | 'outside_territory';
type Refusal = {
  leadId: string;
  code: 'not_found' | 'invalid_state' | 'forbidden';
  detail: string;
  reason: RefusalReason;
};

/** Why a visible lead cannot go to this ops person, or null when it can. */
async function refusalOf(
  trx: Tx,
  actor: Actor,
  lead: LeadRow,
  target: OpsTarget,
  team: { ids: string[] | null },
): Promise<Refusal | null> {
  if (lead.status !== 'signed') {
    return {
      leadId: lead.id,
      code: 'invalid_state',
      reason: 'not_signed',
      detail: `Only signed merchants go to operations (this one is ${lead.status})`,
    };
  }
  if (!(await mayHandOverLead(trx, actor, lead, team))) {
    return {
      leadId: lead.id,
      code: 'forbidden',
      reason: 'outside_team',
      detail: 'This merchant was signed outside your team',
    };
  }
  if (target.cityIds !== null && !target.cityIds.includes(lead.city_id)) {
    return {
      leadId: lead.id,
      code: 'invalid_state',
      reason: 'outside_territory',
      detail: 'The merchant’s city is outside the ops person’s territory',
    };
  }
  return null;
}

/**
 * Gives the merchants to the ops person: ops_owner_id and handed_over_at change, the BD stays the
 * owner (their credit for the signing), each merchant's history gets a `handed_to_ops` event.
 * Merchants already with this ops person are left as they are.
 */
async function handOver(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  leads: LeadRow[],
  target: OpsTarget,
  reason: string | null,
) {
  const moving = leads.filter((lead) => lead.ops_owner_id !== target.id);
  const now = deps.clock.now();
  const moved = await setOpsOwner(
    trx,
    actor.tenantId,
    moving.map((lead) => lead.id),
    target.id,
    now,
  );
  // Every open to-do follows the merchant (renewals, campaign tasks): the ops person keeps it now.
  await followMerchants(
    trx,
    deps,
    actor,
    moved.map((row) => row.id),
  );
  const byId = new Map(moving.map((lead) => [lead.id, lead]));
  await recordEvents(
    trx,
    deps.clock,
    actor,
    moved.map((row) => ({
      leadId: row.id,
      kind: 'handed_to_ops' as const,
      fromStatus: 'signed',
      toStatus: 'signed',
      fromOwner: row.previous,
      toOwner: target.id,
      reason,
      detail: { bdOwnerId: byId.get(row.id)?.owner_id ?? null, opsOwnerName: target.name },
    })),
  );
  return {
    moved: moved.map((row) => ({ id: row.id, previous: row.previous })),
    unchanged: leads.length - moving.length,
  };
}

export async function handOverLead(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: { opsUserId: string; reason?: string },
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (!canHandOver(actor))
      throw forbidden('Managers of the signing team, ops managers, HQ and admins hand over merchants');
    const target = await resolveOpsTarget(trx, actor, input.opsUserId);
    const refusal = await refusalOf(trx, actor, lead, target, { ids: await userIdsInScope(trx, actor) });
    if (refusal) throw new DomainError(refusal.code, refusal.detail);
    const result = await handOver(trx, deps, actor, [lead], target, input.reason ?? null);
    if (result.moved.length > 0) {
      await audit(trx, deps.clock, actor, {
        action: 'lead.handed_to_ops',
        object: 'lead',
        objectId: leadId,
        changes: { opsOwnerId: [lead.ops_owner_id, target.id] },
        note: { reason: input.reason ?? null, bdOwnerId: lead.owner_id },
      });
    }
    return getVisibleLead(trx, deps, actor, leadId);
  });
}

export interface BulkHandoverInput {
  opsUserId: string;
  reason?: string;
  leadIds?: string[];
  filter?: SignedLeadFilter & { withoutOpsOwner?: boolean };
}

/**
 * Hands over the listed merchants, or every signed merchant the filter finds among those the
 * actor sees. Listed merchants that cannot go are reported one by one; a filter that finds more
 * than the limit is refused as a whole (narrow it, e.g. by city or by BD).
 */
export async function bulkHandOver(deps: Deps, actor: Actor, input: BulkHandoverInput) {
  if (!canHandOver(actor))
    throw forbidden('Managers of the signing team, ops managers, HQ and admins hand over merchants');
  if ((input.leadIds === undefined) === (input.filter === undefined)) {
    throw new DomainError('validation_failed', 'Send either leadIds or filter', {
      errors: [{ path: '/body', message: 'must have exactly one of leadIds and filter' }],
    });
  }
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const target = await resolveOpsTarget(trx, actor, input.opsUserId);
    const refused: Refusal[] = [];
    let leads: LeadRow[];
    if (input.leadIds) {
      const ids = [...new Set(input.leadIds)];
      leads = await visibleLeadsByIds(trx, deps, actor, ids);
      const found = new Set(leads.map((lead) => lead.id));
      for (const id of ids)
        if (!found.has(id))
          refused.push({ leadId: id, code: 'not_found', reason: 'not_found', detail: 'Lead not found' });
    } else {
      const { withoutOpsOwner, ...filter } = input.filter!;
      leads = await signedLeadsMatching(trx, deps, actor, filter, BULK_HANDOVER_LIMIT);
      if (leads.length > BULK_HANDOVER_LIMIT) {
        throw new DomainError(
          'validation_failed',
          `The filter finds more than ${BULK_HANDOVER_LIMIT} merchants: narrow it (by city, BD or tag)`,
          { errors: [{ path: '/body/filter', message: `finds more than ${BULK_HANDOVER_LIMIT} merchants` }] },
        );
      }
      if (withoutOpsOwner) leads = leads.filter((lead) => lead.ops_owner_id === null);
    }
    const team = { ids: await userIdsInScope(trx, actor) };
    const going: LeadRow[] = [];
    for (const lead of leads) {
      const refusal = await refusalOf(trx, actor, lead, target, team);
      if (refusal) refused.push(refusal);
      else going.push(lead);
    }
    const result = await handOver(trx, deps, actor, going, target, input.reason ?? null);
    if (result.moved.length > 0) {
      await audit(trx, deps.clock, actor, {
        action: 'lead.bulk_handed_to_ops',
        object: 'lead',
        objectId: null,
        note: {
          opsOwnerId: target.id,
          reason: input.reason ?? null,
          count: result.moved.length,
          leads: result.moved.slice(0, 1000),
        },
      });
    }
    // One line per merchant, in the order found, so a screen can list what happened to each.
    const movedIds = new Set(result.moved.map((row) => row.id));
    const refusedIds = new Map(refused.map((r) => [r.leadId, r]));
    const named = new Map(leads.map((lead) => [lead.id, lead.name]));
    const merchants = [
      ...going.map((lead) => ({
        leadId: lead.id,
        name: lead.name,
        outcome: movedIds.has(lead.id) ? ('handed_over' as const) : ('unchanged' as const),
      })),
      ...[...refusedIds.values()].map((r) => ({
        leadId: r.leadId,
        name: named.get(r.leadId) ?? null,
        outcome: 'refused' as const,
        code: r.code,
        reason: r.reason,
        detail: r.detail,
      })),
    ];
    return {
      handedOver: result.moved.length,
      unchanged: result.unchanged,
      refused: refused.map(({ leadId, code, detail }) => ({ leadId, code, detail })),
      merchants,
    };
  });
}
