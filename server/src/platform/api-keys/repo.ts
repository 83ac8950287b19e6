import type { Tx } from '../../db/tenant-tx.ts';

const columns = ['id', 'name', 'role', 'created_by', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertApiKey(
  trx: Tx,
  tenantId: string,
  key: { name: string; role: string; createdBy: string | null; at: Date },
) {
  return trx
    .insertInto('api_key')
    .values({
      tenant_id: tenantId,
      name: key.name,
      role: key.role,
      secret_hash: '',
      created_by: key.createdBy,
      created_at: key.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function setSecretHash(trx: Tx, tenantId: string, id: string, secretHash: string) {
  await trx
    .updateTable('api_key')
    .set({ secret_hash: secretHash })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export function findApiKey(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('api_key')
    .select([...columns, 'secret_hash'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listApiKeys(trx: Tx, tenantId: string, filter: { afterId?: string; limit: number }) {
  let query = trx.selectFrom('api_key').select(columns).where('tenant_id', '=', tenantId);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  return query
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

export function updateApiKey(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: { revoked_at?: Date; last_used_at?: Date },
) {
  return trx
    .updateTable('api_key')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}
