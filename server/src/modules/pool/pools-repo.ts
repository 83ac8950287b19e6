import type { Tx } from '../../db/tenant-tx.ts';
import type { PoolRules, TagRule } from './rules.ts';

const columns = [
  'id',
  'name',
  'rules',
  'tag_rules',
  'rotate_to_pool_id',
  'active',
  'created_at',
  'updated_at',
] as const;

export interface PoolRow {
  id: string;
  name: string;
  rules: PoolRules;
  tag_rules: TagRule[];
  rotate_to_pool_id: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export async function listPools(trx: Tx, tenantId: string): Promise<PoolRow[]> {
  const rows = await trx
    .selectFrom('pool')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .orderBy('id')
    .execute();
  return rows as unknown as PoolRow[];
}

export async function listScopes(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('pool_scope')
    .select(['org_unit_id', 'pool_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
}

export async function insertPool(
  trx: Tx,
  tenantId: string,
  pool: { name: string; rules: PoolRules; tagRules: TagRule[]; rotateToPoolId: string | null; at: Date },
): Promise<PoolRow> {
  const row = await trx
    .insertInto('pool')
    .values({
      tenant_id: tenantId,
      name: pool.name,
      rules: JSON.stringify(pool.rules),
      tag_rules: JSON.stringify(pool.tagRules),
      rotate_to_pool_id: pool.rotateToPoolId,
      created_at: pool.at,
      updated_at: pool.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return row as unknown as PoolRow;
}

export async function updatePool(
  trx: Tx,
  tenantId: string,
  id: string,
  pool: {
    name: string;
    rules: PoolRules;
    tagRules: TagRule[];
    rotateToPoolId: string | null;
    active: boolean;
    at: Date;
  },
): Promise<PoolRow> {
  const row = await trx
    .updateTable('pool')
    .set({
      name: pool.name,
      rules: JSON.stringify(pool.rules),
      tag_rules: JSON.stringify(pool.tagRules),
      rotate_to_pool_id: pool.rotateToPoolId,
      active: pool.active,
      updated_at: pool.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
  return row as unknown as PoolRow;
}

/** Replaces a pool's scope; a unit already in another pool's scope is a conflict (unique key). */
export async function setScope(trx: Tx, tenantId: string, poolId: string, orgUnitIds: string[]) {
  await trx
    .deleteFrom('pool_scope')
    .where('tenant_id', '=', tenantId)
    .where('pool_id', '=', poolId)
    .execute();
  if (orgUnitIds.length === 0) return;
  await trx
    .insertInto('pool_scope')
    .values(orgUnitIds.map((id) => ({ tenant_id: tenantId, org_unit_id: id, pool_id: poolId })))
    .execute();
}

export async function scopeOwners(trx: Tx, tenantId: string, orgUnitIds: string[]) {
  if (orgUnitIds.length === 0) return [];
  return trx
    .selectFrom('pool_scope')
    .select(['org_unit_id', 'pool_id'])
    .where('tenant_id', '=', tenantId)
    .where('org_unit_id', 'in', orgUnitIds)
    .execute();
}
