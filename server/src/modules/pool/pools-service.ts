import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import * as org from '../../platform/org/service.ts';
import { type Actor, isTenantAdmin } from '../../platform/roles.ts';
import type { PoolRow } from './pools-repo.ts';
import * as repo from './pools-repo.ts';
import type { PoolRules, TagRule } from './rules.ts';

export type { PoolRow } from './pools-repo.ts';

export const canManagePools = (actor: Actor) => isTenantAdmin(actor);

export interface PoolConfig {
  pools: Map<string, PoolRow>;
  /** org unit id → pool id */
  scopes: Map<string, string>;
}

const cacheKey = (tenantId: string) => `${tenantId}:pools`;

/** The tenant's pools and scopes, cached: claims and lead creation read them on every call. */
export async function poolConfig(deps: Deps, tenantId: string, trx?: Tx): Promise<PoolConfig> {
  const load = async (t: Tx): Promise<PoolConfig> => {
    const [pools, scopes] = await Promise.all([repo.listPools(t, tenantId), repo.listScopes(t, tenantId)]);
    return {
      pools: new Map(pools.map((p) => [p.id, p])),
      scopes: new Map(scopes.map((s) => [s.org_unit_id, s.pool_id])),
    };
  };
  return (await deps.tenantCache.getOrLoad(cacheKey(tenantId), () =>
    trx ? load(trx) : inTenant(deps.db, tenantId, load),
  )) as PoolConfig;
}

const idsOfPath = (path: string) => path.split('/').filter(Boolean);

/** The pool a lead of this city enters: the nearest unit at or above the city that has one. */
export function poolForUnitPath(config: PoolConfig, unitPath: string): PoolRow | undefined {
  const ids = idsOfPath(unitPath);
  for (let i = ids.length - 1; i >= 0; i--) {
    const poolId = config.scopes.get(ids[i]!);
    const pool = poolId ? config.pools.get(poolId) : undefined;
    if (pool?.active) return pool;
  }
  return undefined;
}

/** The pools a user belongs to: those scoped at or above the user's unit. */
export function poolsOfUnitPath(config: PoolConfig, unitPath: string): Set<string> {
  const out = new Set<string>();
  for (const id of idsOfPath(unitPath)) {
    const poolId = config.scopes.get(id);
    if (poolId) out.add(poolId);
  }
  return out;
}

export interface PoolInput {
  name: string;
  orgUnitIds: string[];
  rules: PoolRules;
  tagRules?: TagRule[];
  rotateToPoolId?: string | null;
  active?: boolean;
}

async function checkInput(trx: Tx, actor: Actor, input: PoolInput, poolId: string | null) {
  for (const unitId of input.orgUnitIds) {
    await org.getUnitInTx(trx, actor, unitId).catch(() => {
      throw new DomainError('validation_failed', `Org unit ${unitId} does not exist`, {
        errors: [{ path: '/body/orgUnitIds', message: `org unit ${unitId} does not exist` }],
      });
    });
  }
  const taken = (await repo.scopeOwners(trx, actor.tenantId, input.orgUnitIds)).filter(
    (s) => s.pool_id !== poolId,
  );
  if (taken.length > 0) {
    throw new DomainError(
      'conflict',
      `Org unit ${taken[0]!.org_unit_id} is already in the scope of pool ${taken[0]!.pool_id}`,
    );
  }
  if (input.rotateToPoolId) {
    const pools = await repo.listPools(trx, actor.tenantId);
    if (!pools.some((p) => p.id === input.rotateToPoolId) || input.rotateToPoolId === poolId) {
      throw new DomainError('validation_failed', 'rotateToPoolId must name another pool of this tenant', {
        errors: [{ path: '/body/rotateToPoolId', message: 'must name another pool of this tenant' }],
      });
    }
  }
}

async function createInTx(trx: Tx, deps: Deps, actor: Actor, input: PoolInput) {
  await checkInput(trx, actor, input, null);
  const pool = await repo.insertPool(trx, actor.tenantId, {
    name: input.name,
    rules: input.rules,
    tagRules: input.tagRules ?? [],
    rotateToPoolId: input.rotateToPoolId ?? null,
    at: deps.clock.now(),
  });
  await repo.setScope(trx, actor.tenantId, pool.id, input.orgUnitIds);
  await audit(trx, deps.clock, actor, {
    action: 'pool.created',
    object: 'pool',
    objectId: pool.id,
    after: { ...pool, orgUnitIds: input.orgUnitIds },
  });
  return { ...pool, orgUnitIds: input.orgUnitIds };
}

export async function createPool(deps: Deps, actor: Actor, input: PoolInput) {
  if (!canManagePools(actor)) throw forbidden('Only a tenant administrator may create pools');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const pool = await createInTx(trx, deps, actor, input);
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId)));
    return pool;
  });
}

/** The tenant's first pool (公海), scoped to the whole tenant, with the template's rules. */
export async function seedDefaultPool(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  rootUnitId: string,
  rules: PoolRules,
) {
  return createInTx(trx, deps, actor, { name: '公海', orgUnitIds: [rootUnitId], rules });
}

export async function replacePool(deps: Deps, actor: Actor, id: string, input: PoolInput) {
  if (!canManagePools(actor)) throw forbidden('Only a tenant administrator may change pools');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const pools = await repo.listPools(trx, actor.tenantId);
    const before = pools.find((p) => p.id === id);
    if (!before) throw notFound('Pool');
    await checkInput(trx, actor, input, id);
    const beforeScope = (await repo.listScopes(trx, actor.tenantId))
      .filter((s) => s.pool_id === id)
      .map((s) => s.org_unit_id);
    const pool = await repo.updatePool(trx, actor.tenantId, id, {
      name: input.name,
      rules: input.rules,
      tagRules: input.tagRules ?? [],
      rotateToPoolId: input.rotateToPoolId ?? null,
      active: input.active ?? true,
      at: deps.clock.now(),
    });
    await repo.setScope(trx, actor.tenantId, id, input.orgUnitIds);
    await audit(trx, deps.clock, actor, {
      action: 'pool.updated',
      object: 'pool',
      objectId: id,
      changes: diff({ ...before, orgUnitIds: beforeScope }, { ...pool, orgUnitIds: input.orgUnitIds }),
    });
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId)));
    return { ...pool, orgUnitIds: input.orgUnitIds };
  });
}

export async function listPools(deps: Deps, actor: Actor) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const [pools, scopes] = await Promise.all([
      repo.listPools(trx, actor.tenantId),
      repo.listScopes(trx, actor.tenantId),
    ]);
    return pools.map((p) => ({
      ...p,
      orgUnitIds: scopes.filter((s) => s.pool_id === p.id).map((s) => s.org_unit_id),
    }));
  });
}

export async function getPool(deps: Deps, actor: Actor, id: string) {
  const pool = (await listPools(deps, actor)).find((p) => p.id === id);
  if (!pool) throw notFound('Pool');
  return pool;
}
