import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { poolConfig, poolsOfUnitPath } from '../pool/pools-service.ts';
import { findLead, type LeadRow, type Visibility } from './repo.ts';

export type Scope = 'all' | 'public' | 'mine' | 'team';

/** Roles that work leads in the field and so claim from pools. */
export const CLAIMER_ROLES: ReadonlySet<string> = new Set(['bd', 'bd_manager']);
/** Roles that manage other people's leads: assign, take back, extend. */
export const MANAGER_ROLES: ReadonlySet<string> = new Set([
  'bd_manager',
  'city_manager',
  'hq',
  'tenant_admin',
]);

/**
 * What an actor may see of the leads (DESIGN §1): their own; the leads of the people below them;
 * the leads of the cities in their territory (managers, ops, reviewers); and the public pool of
 * their territory in the pools they belong to (BDs). The whole tenant for tenant admins, HQ and
 * API keys.
 */
export async function visibilityFor(trx: Tx, deps: Deps, actor: Actor, scope: Scope): Promise<Visibility> {
  const me = actor.kind === 'user' ? [actor.id] : [];
  if (actor.scopePath === null) {
    if (scope === 'mine') return { all: false, ownerIds: me, cityIds: [], createdBy: null, publicIn: null };
    return { all: true };
  }
  if (scope === 'mine') return { all: false, ownerIds: me, cityIds: [], createdBy: null, publicIn: null };
  const isBd = actor.role === 'bd';
  const team = isBd ? me : ((await userIdsInScope(trx, actor)) ?? me);
  if (scope === 'team') return { all: false, ownerIds: team, cityIds: [], createdBy: null, publicIn: null };
  const territory = await org.territoryOf(trx, actor);
  const config = await poolConfig(deps, actor.tenantId, trx);
  const poolIds = CLAIMER_ROLES.has(actor.role)
    ? [...poolsOfUnitPath(config, actor.scopePath)]
    : [...config.pools.keys()];
  const publicIn = { poolIds, cityIds: territory?.cityIds ?? null };
  if (scope === 'public') return { all: false, ownerIds: [], cityIds: [], createdBy: null, publicIn };
  return {
    all: false,
    ownerIds: team,
    cityIds: CLAIMER_ROLES.has(actor.role) ? [] : (territory?.cityIds ?? []),
    createdBy: actor.kind === 'user' ? actor.id : null,
    publicIn,
  };
}

export function isVisible(vis: Visibility, lead: LeadRow): boolean {
  if (vis.all) return true;
  if (lead.owner_id !== null && vis.ownerIds.includes(lead.owner_id)) return true;
  if (vis.cityIds.includes(lead.city_id)) return true;
  if (vis.createdBy !== null && lead.created_by === vis.createdBy) return true;
  const p = vis.publicIn;
  return (
    p !== null &&
    lead.status === 'public' &&
    lead.pool_id !== null &&
    p.poolIds.includes(lead.pool_id) &&
    (p.cityIds === null || p.cityIds.includes(lead.city_id))
  );
}

/** A lead the actor may see, or 404 — exactly as if it did not exist. */
export async function getVisibleLead(trx: Tx, deps: Deps, actor: Actor, id: string): Promise<LeadRow> {
  const lead = await findLead(trx, actor.tenantId, id);
  if (!lead || !isVisible(await visibilityFor(trx, deps, actor, 'all'), lead)) throw notFound('Lead');
  return lead;
}

/**
 * For a claim: a lead of the actor's pools and territory is within reach whatever its status, so
 * that a lead someone took a moment ago answers "already owned" rather than "not found".
 */
export async function getLeadInReach(trx: Tx, deps: Deps, actor: Actor, id: string): Promise<LeadRow> {
  const lead = await findLead(trx, actor.tenantId, id);
  if (!lead) throw notFound('Lead');
  const vis = await visibilityFor(trx, deps, actor, 'all');
  if (isVisible(vis, lead)) return lead;
  const reach = vis.all ? null : vis.publicIn;
  const inReach =
    reach !== null &&
    lead.pool_id !== null &&
    reach.poolIds.includes(lead.pool_id) &&
    (reach.cityIds === null || reach.cityIds.includes(lead.city_id));
  if (!inReach) throw notFound('Lead');
  return lead;
}

/** Whether the actor manages the owner of a lead (the owner is in their subtree). */
export async function managesOwner(trx: Tx, actor: Actor, ownerId: string | null): Promise<boolean> {
  if (ownerId === null || !MANAGER_ROLES.has(actor.role)) return false;
  if (actor.scopePath === null) return true;
  return ((await userIdsInScope(trx, actor)) ?? []).includes(ownerId);
}
