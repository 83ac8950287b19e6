import type { Tx } from '../../db/tenant-tx.ts';
import { DomainError } from '../../errors.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { findUserInScope, userIdsInScope } from '../../platform/users/scope.ts';

/**
 * Who hands signed merchants to operations: the managers above the signing BD (team lead, city
 * manager), the operations manager of the merchant's territory, HQ and the tenant's admins.
 * Neither the BD nor an ops person picks the merchant's ops owner themselves.
 */
export const HANDOVER_ROLES: ReadonlySet<string> = new Set([
  'bd_manager',
  'city_manager',
  'ops_manager',
  'hq',
  'tenant_admin',
]);

export const canHandOver = (actor: Actor) => HANDOVER_ROLES.has(actor.role);

/** Who sees the portfolio sizes of a team of ops people. */
export const canSeeOpsTeam = (actor: Actor) =>
  ['ops_manager', 'city_manager', 'hq', 'tenant_admin'].includes(actor.role);

/** Who opens a portfolio: ops people (their own), and those who see an ops team. */
export const canSeePortfolios = (actor: Actor) => actor.role === 'ops' || canSeeOpsTeam(actor);

export const OPS_ROLES: ReadonlySet<string> = new Set(['ops', 'ops_manager']);

function badTarget(message: string) {
  return new DomainError('validation_failed', `opsUserId ${message}`, {
    errors: [{ path: '/body/opsUserId', message }],
  });
}

export interface OpsTarget {
  id: string;
  name: string;
  /** The cities the ops person works in; null: the whole tenant. */
  cityIds: string[] | null;
}

/**
 * The ops person a merchant goes to: an active ops or ops_manager user of the tenant; an ops
 * manager hands over only to their own team.
 */
export async function resolveOpsTarget(trx: Tx, actor: Actor, opsUserId: string): Promise<OpsTarget> {
  const user = await findUserInScope(trx, { ...actor, scopePath: null }, opsUserId);
  if (!user || !OPS_ROLES.has(user.role)) throw badTarget('is not an operations user of this tenant');
  if (!user.active) throw badTarget('is deactivated');
  if (
    actor.role === 'ops_manager' &&
    actor.scopePath !== null &&
    !user.org_path.startsWith(actor.scopePath)
  ) {
    throw badTarget('is not in your team');
  }
  const territory = await org.territoryOf(trx, {
    tenantId: actor.tenantId,
    kind: 'user',
    id: user.id,
    name: user.username,
    role: user.role as Actor['role'],
    orgUnitId: user.org_unit_id,
    scopePath: user.org_path,
    ip: null,
    requestId: null,
  });
  return { id: user.id, name: user.username, cityIds: territory?.cityIds ?? null };
}

/**
 * Whether the actor may hand over this merchant (they already see it). Managers of the BD chain
 * act on their team's merchants; an ops manager on the merchants of their territory (seeing them
 * is that); HQ and admins on all.
 */
export async function mayHandOverLead(
  trx: Tx,
  actor: Actor,
  lead: { owner_id: string | null },
  team: { ids: string[] | null } | undefined,
): Promise<boolean> {
  if (!canHandOver(actor)) return false;
  if (actor.scopePath === null || actor.role === 'ops_manager') return true;
  const ids = team ? team.ids : await userIdsInScope(trx, actor);
  return ids === null || (lead.owner_id !== null && ids.includes(lead.owner_id));
}
