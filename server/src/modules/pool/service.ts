import { DAY } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { findUserInScope } from '../../platform/users/scope.ts';
import { emit } from '../events/service.ts';
import { lastLostAt, recordEvents } from '../lead-events/service.ts';
import {
  CLAIMER_ROLES,
  getLeadInReach,
  getVisibleLead,
  MANAGER_ROLES,
  managesOwner,
} from '../leads/access.ts';
import type { LeadRow } from '../leads/repo.ts';
import { followMerchants } from '../tasks/service.ts';
import { type PoolRow, poolConfig, poolForUnitPath, poolsOfUnitPath } from './pools-service.ts';
import { computeDeadline, effectiveRules, type PoolRules } from './rules.ts';
import * as state from './state-repo.ts';

/** The calendar day of `at` in the tenant's time zone, as YYYY-MM-DD: daily caps count local days. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

async function rulesFor(deps: Deps, trx: Tx, lead: LeadRow): Promise<{ pool: PoolRow; rules: PoolRules }> {
  const config = await poolConfig(deps, lead.tenant_id, trx);
  const pool = lead.pool_id ? config.pools.get(lead.pool_id) : undefined;
  if (!pool) throw new DomainError('invalid_state', 'This lead is in no pool');
  return { pool, rules: effectiveRules(pool.rules, pool.tag_rules, lead.tags) };
}

async function reload(trx: Tx, deps: Deps, actor: Actor, leadId: string) {
  return getVisibleLead(trx, deps, actor, leadId);
}

/** A new lead's pool state: public (or pending review) in the pool of its city. */
export async function enterPool(
  trx: Tx,
  deps: Deps,
  tenantId: string,
  lead: { id: string; cityPath: string; status: 'public' | 'pending_review' },
): Promise<string | null> {
  const pool = poolForUnitPath(await poolConfig(deps, tenantId, trx), lead.cityPath);
  await state.insertState(trx, tenantId, {
    leadId: lead.id,
    status: lead.status,
    poolId: pool?.id ?? null,
    at: deps.clock.now(),
  });
  return pool?.id ?? null;
}

/** Many new leads of one city at once (bulk loads): one statement for their pool state. */
export async function enterPoolMany(
  trx: Tx,
  deps: Deps,
  tenantId: string,
  leads: Array<{ id: string; cityPath: string; status: 'public' | 'pending_review' }>,
) {
  const config = await poolConfig(deps, tenantId, trx);
  await state.insertStates(
    trx,
    tenantId,
    leads.map((lead) => ({
      leadId: lead.id,
      status: lead.status,
      poolId: poolForUnitPath(config, lead.cityPath)?.id ?? null,
    })),
    deps.clock.now(),
  );
}

export async function claim(deps: Deps, actor: Actor, leadId: string) {
  if (actor.kind !== 'user' || !CLAIMER_ROLES.has(actor.role))
    throw forbidden('Only BDs and their team leads claim leads');
  const now = deps.clock.now();
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getLeadInReach(trx, deps, actor, leadId);
    if (lead.status === 'private') {
      throw new DomainError(
        'already_owned',
        lead.owner_id === actor.id ? 'You own this lead already' : 'Someone owns this lead',
      );
    }
    if (lead.status !== 'public')
      throw new DomainError('not_claimable', `A ${lead.status} lead cannot be claimed`);
    const config = await poolConfig(deps, actor.tenantId, trx);
    if (!lead.pool_id || !poolsOfUnitPath(config, actor.scopePath ?? '').has(lead.pool_id)) {
      throw new DomainError('not_in_pool_scope', 'This lead is in a pool you do not belong to');
    }
    const { rules } = await rulesFor(deps, trx, lead);
    const lost = await lastLostAt(
      trx,
      actor.tenantId,
      leadId,
      actor.id,
      new Date(now.getTime() - rules.reclaimCooldownDays * DAY),
    );
    if (lost) {
      const availableAt = new Date(lost.getTime() + rules.reclaimCooldownDays * DAY);
      throw new DomainError(
        'reclaim_cooldown',
        `You lost this lead recently; you may claim it again from ${availableAt.toISOString()}`,
        {
          availableAt: availableAt.toISOString(),
        },
      );
    }
    await state.ensureQuota(trx, actor.tenantId, actor.id);
    const day = localDay(now, settings.timezone);
    if (
      !(await state.takeQuota(trx, actor.tenantId, actor.id, {
        maxPrivate: rules.maxPrivate,
        day,
        dailyCap: rules.dailyClaimCap,
      }))
    ) {
      const quota = await state.readQuota(trx, actor.tenantId, actor.id);
      if ((quota?.private_count ?? 0) >= rules.maxPrivate) {
        throw new DomainError(
          'pool_cap_reached',
          `You hold ${rules.maxPrivate} private leads, the most this pool allows`,
          {
            maxPrivate: rules.maxPrivate,
          },
        );
      }
      throw new DomainError(
        'daily_cap_reached',
        `You have claimed ${rules.dailyClaimCap} leads today, the most allowed`,
        {
          dailyClaimCap: rules.dailyClaimCap,
        },
      );
    }
    const deadline = computeDeadline(
      rules,
      { claimedAt: now, lastVisitAt: null, extensionsUsed: 0 },
      lead.tags,
    );
    const taken = await state.takePublic(trx, actor.tenantId, leadId, lead.pool_id, {
      ownerId: actor.id,
      claimedAt: now,
      deadlineAt: deadline.deadlineAt,
      reason: deadline.reason,
    });
    // Someone else's claim committed first: this transaction rolls back, quota included.
    if (!taken) throw new DomainError('already_owned', 'Someone claimed this lead a moment ago');
    await recordEvents(trx, deps.clock, actor, [
      { leadId, kind: 'claimed', fromStatus: 'public', toStatus: 'private', toOwner: actor.id },
    ]);
    await emit(trx, deps, actor, [
      {
        type: 'lead.claimed',
        subject: { kind: 'lead', id: leadId },
        data: {
          ownerId: actor.id,
          poolId: lead.pool_id,
          deadlineAt: deadline.deadlineAt?.toISOString() ?? null,
        },
      },
    ]);
    await audit(trx, deps.clock, actor, { action: 'lead.claimed', object: 'lead', objectId: leadId });
    await followMerchants(trx, deps, actor, [leadId]);
    return reload(trx, deps, actor, leadId);
  });
}

export async function release(deps: Deps, actor: Actor, leadId: string, reason: string | undefined) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (lead.status !== 'private' || lead.owner_id === null) {
      throw new DomainError('invalid_state', 'Only a private lead can be released');
    }
    const own = actor.kind === 'user' && lead.owner_id === actor.id;
    if (!own && !(await managesOwner(trx, actor, lead.owner_id))) {
      throw new DomainError('not_owner', 'Only the owner or their manager may release this lead');
    }
    if (!own && !reason) {
      throw new DomainError('validation_failed', 'Taking a lead back from someone needs a reason', {
        errors: [{ path: '/body/reason', message: 'is required when you are not the owner' }],
      });
    }
    if (
      !(await state.makePublic(trx, actor.tenantId, leadId, lead.owner_id, lead.pool_id!, deps.clock.now()))
    ) {
      throw new DomainError('invalid_state', 'The lead changed hands a moment ago; reload it');
    }
    await state.giveBackQuota(trx, actor.tenantId, lead.owner_id);
    await recordEvents(trx, deps.clock, actor, [
      {
        leadId,
        kind: 'released',
        fromStatus: 'private',
        toStatus: 'public',
        fromOwner: lead.owner_id,
        reason: reason ?? null,
      },
    ]);
    await emit(trx, deps, actor, [
      {
        type: 'lead.released',
        subject: { kind: 'lead', id: leadId },
        data: { fromOwnerId: lead.owner_id, poolId: lead.pool_id, reason: reason ?? null },
      },
    ]);
    await audit(trx, deps.clock, actor, {
      action: 'lead.released',
      object: 'lead',
      objectId: leadId,
      note: { reason },
    });
    await followMerchants(trx, deps, actor, [leadId]);
    return reload(trx, deps, actor, leadId);
  });
}

export async function assign(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: { userId: string; reason: string; overrideCap?: boolean },
) {
  if (!MANAGER_ROLES.has(actor.role)) throw forbidden('Only managers assign leads');
  const now = deps.clock.now();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const target = await findUserInScope(trx, actor, input.userId);
    if (!target?.active || !CLAIMER_ROLES.has(target.role)) {
      throw new DomainError('validation_failed', 'Assign to an active BD or team lead of your own team', {
        errors: [{ path: '/body/userId', message: 'is not an active BD or team lead in your scope' }],
      });
    }
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    const fromOwner = lead.status === 'private' ? lead.owner_id : null;
    if (lead.status !== 'public' && lead.status !== 'private') {
      throw new DomainError('not_claimable', `A ${lead.status} lead cannot be assigned`);
    }
    if (fromOwner !== null && !(await managesOwner(trx, actor, fromOwner))) {
      throw new DomainError('already_owned', 'This lead belongs to someone outside your team');
    }
    if (fromOwner === target.id) throw new DomainError('already_owned', 'This person owns the lead already');
    const config = await poolConfig(deps, actor.tenantId, trx);
    if (!lead.pool_id || !poolsOfUnitPath(config, target.org_path).has(lead.pool_id)) {
      throw new DomainError('not_in_pool_scope', 'This lead is in a pool the assignee does not belong to');
    }
    const { rules } = await rulesFor(deps, trx, lead);
    await state.ensureQuota(trx, actor.tenantId, target.id);
    const maxPrivate = input.overrideCap ? null : rules.maxPrivate;
    if (!(await state.takeQuota(trx, actor.tenantId, target.id, { maxPrivate, day: '', dailyCap: null }))) {
      throw new DomainError(
        'pool_cap_reached',
        `${target.display_name} holds ${rules.maxPrivate} private leads; set overrideCap with a reason to assign more`,
        { maxPrivate: rules.maxPrivate },
      );
    }
    const deadline = computeDeadline(
      rules,
      { claimedAt: now, lastVisitAt: null, extensionsUsed: 0 },
      lead.tags,
    );
    const moved = await state.reassign(trx, actor.tenantId, leadId, fromOwner, {
      ownerId: target.id,
      claimedAt: now,
      deadlineAt: deadline.deadlineAt,
      reason: deadline.reason,
    });
    if (!moved) throw new DomainError('invalid_state', 'The lead changed hands a moment ago; reload it');
    if (fromOwner !== null) await state.giveBackQuota(trx, actor.tenantId, fromOwner);
    await recordEvents(trx, deps.clock, actor, [
      {
        leadId,
        kind: 'assigned',
        fromStatus: lead.status,
        toStatus: 'private',
        fromOwner,
        toOwner: target.id,
        reason: input.reason,
        detail: input.overrideCap ? { overrideCap: true } : {},
      },
    ]);
    await emit(trx, deps, actor, [
      {
        type: 'lead.assigned',
        subject: { kind: 'lead', id: leadId },
        data: {
          fromOwnerId: fromOwner,
          toOwnerId: target.id,
          reason: input.reason,
          deadlineAt: deadline.deadlineAt?.toISOString() ?? null,
        },
      },
    ]);
    await audit(trx, deps.clock, actor, {
      action: 'lead.assigned',
      object: 'lead',
      objectId: leadId,
      note: { to: target.id, from: fromOwner, reason: input.reason, overrideCap: input.overrideCap ?? false },
    });
    await followMerchants(trx, deps, actor, [leadId]);
    return reload(trx, deps, actor, leadId);
  });
}

export async function extend(deps: Deps, actor: Actor, leadId: string, reason: string) {
  const now = deps.clock.now();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (lead.status !== 'private' || lead.owner_id === null || lead.claimed_at === null) {
      throw new DomainError('invalid_state', 'Only a private lead has a deadline to extend');
    }
    const self = actor.kind === 'user' && lead.owner_id === actor.id;
    if (!self && !(await managesOwner(trx, actor, lead.owner_id))) {
      throw new DomainError('not_owner', 'Only the owner or their manager may extend this lead');
    }
    const { rules } = await rulesFor(deps, trx, lead);
    if (lead.deadline_reason === 'exempt')
      throw new DomainError('invalid_state', 'This lead has no deadline');
    if (self && lead.self_extensions_used >= rules.maxSelfExtensions) {
      throw new DomainError(
        'extension_limit_reached',
        `You may extend a lead ${rules.maxSelfExtensions} time(s); ask your manager`,
        {
          maxSelfExtensions: rules.maxSelfExtensions,
        },
      );
    }
    const next = computeDeadline(
      rules,
      {
        claimedAt: lead.claimed_at,
        lastVisitAt: lead.last_visit_at,
        extensionsUsed: lead.extensions_used + 1,
      },
      lead.tags,
    );
    if (next.deadlineAt && lead.deadline_at && next.deadlineAt.getTime() <= lead.deadline_at.getTime()) {
      throw new DomainError(
        'visit_required',
        'The deadline is set by the no-visit rule: a visit moves it, an extension does not',
      );
    }
    await state.setDeadline(trx, actor.tenantId, leadId, lead.owner_id, {
      deadlineAt: next.deadlineAt,
      reason: next.reason,
      extensionsUsed: lead.extensions_used + 1,
      selfExtensionsUsed: lead.self_extensions_used + (self ? 1 : 0),
      at: now,
    });
    await recordEvents(trx, deps.clock, actor, [
      {
        leadId,
        kind: 'extended',
        reason,
        detail: {
          from: lead.deadline_at?.toISOString() ?? null,
          to: next.deadlineAt?.toISOString() ?? null,
          self,
        },
      },
    ]);
    await audit(trx, deps.clock, actor, {
      action: 'lead.extended',
      object: 'lead',
      objectId: leadId,
      note: { reason },
    });
    return reload(trx, deps, actor, leadId);
  });
}

/** A visit by the owner moves the no-visit clock (DESIGN §4); other visitors change nothing. */
export async function recordOwnerVisit(trx: Tx, deps: Deps, actor: Actor, lead: LeadRow, at: Date) {
  if (lead.status !== 'private' || lead.owner_id !== actor.id || lead.claimed_at === null) return;
  const lastVisitAt = lead.last_visit_at && lead.last_visit_at > at ? lead.last_visit_at : at;
  const { rules } = await rulesFor(deps, trx, lead);
  const next = computeDeadline(
    rules,
    { claimedAt: lead.claimed_at, lastVisitAt, extensionsUsed: lead.extensions_used },
    lead.tags,
  );
  await state.setDeadline(trx, actor.tenantId, lead.id, lead.owner_id, {
    deadlineAt: next.deadlineAt,
    reason: next.reason,
    lastVisitAt,
    at: deps.clock.now(),
  });
}

/** Tags changed (an exempt tag added or removed): the deadline follows. */
export async function refreshDeadline(trx: Tx, deps: Deps, lead: LeadRow) {
  if (lead.status !== 'private' || lead.owner_id === null || lead.claimed_at === null) return;
  const { rules } = await rulesFor(deps, trx, lead);
  const next = computeDeadline(
    rules,
    { claimedAt: lead.claimed_at, lastVisitAt: lead.last_visit_at, extensionsUsed: lead.extensions_used },
    lead.tags,
  );
  await state.setDeadline(trx, lead.tenant_id, lead.id, lead.owner_id, {
    deadlineAt: next.deadlineAt,
    reason: next.reason,
    at: deps.clock.now(),
  });
}

/** Review outcomes: a lead in review enters its pool, or is set aside as invalid. */
export async function settleReview(
  trx: Tx,
  deps: Deps,
  tenantId: string,
  leadId: string,
  to: 'public' | 'invalid',
): Promise<boolean> {
  return state.setStatus(trx, tenantId, leadId, ['pending_review'], { status: to, at: deps.clock.now() });
}

/** The merchant signed: it leaves the pool rules for good (a signed lead never recycles). */
export async function markSigned(trx: Tx, deps: Deps, actor: Actor, leadId: string) {
  const owner = await state.markSigned(trx, actor.tenantId, leadId, deps.clock.now());
  if (owner === null) return false;
  await state.giveBackQuota(trx, actor.tenantId, owner);
  await recordEvents(trx, deps.clock, actor, [
    { leadId, kind: 'signed', fromStatus: 'private', toStatus: 'signed', fromOwner: owner, toOwner: owner },
  ]);
  return true;
}
