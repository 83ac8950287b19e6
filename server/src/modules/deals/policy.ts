import type { Tx } from '../../db/tenant-tx.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';

/**
 * Who may do what with deals (docs/deals.md). The people who look after a merchant draft its
 * deals; headquarters audits them, so no one approves a deal they drafted.
 */
const DRAFTER_ROLES: ReadonlySet<string> = new Set([
  'bd',
  'bd_manager',
  'city_manager',
  'ops',
  'ops_manager',
  'tenant_admin',
]);
/** Act for the owners below them in the org tree. */
const MANAGER_ROLES: ReadonlySet<string> = new Set(['bd_manager', 'city_manager', 'ops_manager']);
const AUDITOR_ROLES: ReadonlySet<string> = new Set(['reviewer', 'hq']);
const OFFLINE_ROLES: ReadonlySet<string> = new Set(['reviewer', 'hq', 'ops', 'ops_manager', 'tenant_admin']);
/** Take any deal of the tenant offline; the other offline roles only those of their territory. */
const OFFLINE_ANYWHERE: ReadonlySet<string> = new Set(['reviewer', 'hq', 'tenant_admin']);
const SALES_ROLES: ReadonlySet<string> = new Set(['tenant_admin', 'hq', 'ops_manager']);

export const canDraftDeals = (actor: Actor) => DRAFTER_ROLES.has(actor.role);
export const canAuditDeals = (actor: Actor) => AUDITOR_ROLES.has(actor.role);
export const canSeeAuditQueue = (actor: Actor) => canAuditDeals(actor) || actor.role === 'tenant_admin';
export const canTakeDealsOffline = (actor: Actor) => OFFLINE_ROLES.has(actor.role);
/** Change the price of a deal that is online, without a new audit: HQ intervening directly. */
export const canRepriceOnline = (actor: Actor) => actor.role === 'hq' || actor.role === 'tenant_admin';
export const canRecordDealSales = (actor: Actor) => SALES_ROLES.has(actor.role);

/** The people a merchant's deals belong to: its BD owner and, once handed over, its ops owner. */
export interface DealPeople {
  ownerId: string | null;
  opsOwnerId: string | null;
}

/** The merchant's owner or ops owner, a manager of either, or the tenant's administrator. */
export async function mayWorkOnDeals(trx: Tx, actor: Actor, people: DealPeople): Promise<boolean> {
  if (!canDraftDeals(actor)) return false;
  if (actor.role === 'tenant_admin') return true;
  const ids = [people.ownerId, people.opsOwnerId].filter((id): id is string => id !== null);
  if (actor.kind === 'user' && ids.includes(actor.id)) return true;
  if (!MANAGER_ROLES.has(actor.role)) return false;
  const team = await userIdsInScope(trx, actor);
  return team === null || ids.some((id) => team.includes(id));
}

/** Reviewers, HQ and administrators anywhere; operations in the cities of their territory. */
export async function mayTakeOffline(trx: Tx, actor: Actor, deal: { city_id: string }): Promise<boolean> {
  if (!canTakeDealsOffline(actor)) return false;
  if (OFFLINE_ANYWHERE.has(actor.role)) return true;
  const territory = await org.territoryOf(trx, actor);
  return territory === null || territory.cityIds.includes(deal.city_id);
}
