import type { Tx } from '../../db/tenant-tx.ts';

export interface IdempotencyRef {
  tenantId: string;
  actor: string;
  key: string;
}

/** Claims the key; returns false when a row for it exists already. */
export async function claimKey(
  trx: Tx,
  ref: IdempotencyRef,
  requestHash: string,
  at: Date,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('idempotency_key')
    .values({
      tenant_id: ref.tenantId,
      actor: ref.actor,
      key: ref.key,
      request_hash: requestHash,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'actor', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findKey(trx: Tx, ref: IdempotencyRef) {
  return trx
    .selectFrom('idempotency_key')
    .select(['request_hash', 'status', 'response', 'created_at'])
    .where('tenant_id', '=', ref.tenantId)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .forUpdate()
    .executeTakeFirst();
}

export async function restartKey(trx: Tx, ref: IdempotencyRef, requestHash: string, at: Date) {
  await trx
    .updateTable('idempotency_key')
    .set({ request_hash: requestHash, status: null, response: null, created_at: at })
    .where('tenant_id', '=', ref.tenantId)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .execute();
}

export async function completeKey(trx: Tx, ref: IdempotencyRef, status: number, response: string) {
  await trx
    .updateTable('idempotency_key')
    .set({ status, response })
    .where('tenant_id', '=', ref.tenantId)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .execute();
}

export async function releaseKey(trx: Tx, ref: IdempotencyRef) {
  await trx
    .deleteFrom('idempotency_key')
    .where('tenant_id', '=', ref.tenantId)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .execute();
}
