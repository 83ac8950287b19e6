import type { Tx } from '../../db/tenant-tx.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import * as org from '../../platform/org/service.ts';
import { type Actor, inScope } from '../../platform/roles.ts';
import { type Member, membersUnder } from '../../platform/users/scope.ts';
import { canViewAnalytics, seesOnlySelf } from './policy.ts';

export interface Scope {
  kind: 'tenant' | 'unit' | 'user';
  id: string | null;
  name: string;
  /** The org path the figures cover (a user: their unit's); null for the whole tenant. */
  path: string | null;
  /** Whose events count; null: everyone of the tenant (no filter). */
  userIds: string[] | null;
  /** The people of the scope, for breakdowns and names. */
  members: Member[];
  /** The cities whose public pool the scope draws from; null: the whole tenant. */
  cityIds: string[] | null;
}

export interface ScopeQuery {
  unitId?: string;
  userId?: string;
}

/** The city a path lies in (its nearest city ancestor), if any. */
async function cityAbove(trx: Tx, tenantId: string, path: string): Promise<string[]> {
  const ids = path.split('/').filter(Boolean);
  for (let i = ids.length - 1; i >= 0; i--) {
    const unit = await org.findUnit(trx, tenantId, ids[i]!);
    if (unit?.kind === 'city') return [unit.id];
  }
  return [];
}

async function citiesOf(trx: Tx, tenantId: string, path: string): Promise<string[]> {
  const below = (await org.unitsUnder(trx, tenantId, path)).filter((u) => u.kind === 'city').map((u) => u.id);
  return below.length > 0 ? below : cityAbove(trx, tenantId, path);
}

async function userScope(trx: Tx, actor: Actor, userId: string): Promise<Scope> {
  const members = await membersUnder(trx, actor.tenantId, actor.scopePath);
  const user = members.find((m) => m.id === userId);
  // Another person's figures are not there for a BD: the same 404 as a missing user.
  if (!user || !inScope(actor, user.org_path) || (seesOnlySelf(actor) && userId !== actor.id))
    throw notFound('User');
  return {
    kind: 'user',
    id: user.id,
    name: user.display_name,
    path: user.org_path,
    userIds: [user.id],
    members: [user],
    cityIds: await cityAbove(trx, actor.tenantId, user.org_path),
  };
}

async function unitScope(trx: Tx, actor: Actor, unitId: string): Promise<Scope> {
  if (seesOnlySelf(actor)) throw forbidden('A BD sees their own figures only');
  const unit = await org.findUnit(trx, actor.tenantId, unitId);
  if (!unit || !inScope(actor, unit.path)) throw notFound('Org unit');
  const members = await membersUnder(trx, actor.tenantId, unit.path);
  return {
    kind: 'unit',
    id: unit.id,
    name: unit.name,
    path: unit.path,
    userIds: members.map((m) => m.id),
    members,
    cityIds: await citiesOf(trx, actor.tenantId, unit.path),
  };
}

/**
 * The scope asked for, checked against the caller's reach. Without unitId and userId: a BD's own
 * figures, a manager's own unit, the whole tenant for HQ and admins.
 */
export async function resolveScope(trx: Tx, actor: Actor, query: ScopeQuery): Promise<Scope> {
  if (!canViewAnalytics(actor)) throw forbidden();
  if (query.unitId !== undefined && query.userId !== undefined)
    throw new DomainError('validation_failed', 'Send unitId or userId, not both', {
      errors: [{ path: '/query/userId', message: 'cannot be combined with unitId' }],
    });
  if (query.userId !== undefined) return userScope(trx, actor, query.userId);
  if (seesOnlySelf(actor) && query.unitId === undefined) return userScope(trx, actor, actor.id);
  if (query.unitId !== undefined) return unitScope(trx, actor, query.unitId);
  if (actor.scopePath !== null && actor.orgUnitId !== null) return unitScope(trx, actor, actor.orgUnitId);
  const root = await org.findRootUnit(trx, actor.tenantId);
  return {
    kind: 'tenant',
    id: null,
    name: root?.name ?? '',
    path: null,
    userIds: null,
    members: await membersUnder(trx, actor.tenantId, null),
    cityIds: null,
  };
}
