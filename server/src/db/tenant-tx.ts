import { sql, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

export type Tx = Transaction<Database>;
export type AfterCommit = (effect: () => Promise<void> | void) => void;

/**
 * Runs one use case in one transaction bound to one tenant: row-level security sees only that
 * tenant's rows. Effects registered with `after` (webhooks, notifications, cache eviction) run only
 * once the transaction has committed.
 */
export async function inTenant<T>(
  db: Db,
  tenantId: string,
  work: (trx: Tx, after: AfterCommit) => Promise<T>,
): Promise<T> {
  const effects: Array<() => Promise<void> | void> = [];
  const result = await db.transaction().execute(async (trx) => {
    await bindTenant(trx, tenantId);
    return work(trx, (effect) => effects.push(effect));
  });
  for (const effect of effects) await effect();
  return result;
}

/** Re-binds a running transaction to another tenant (platform use cases that span tenants). */
export async function bindTenant(trx: Tx, tenantId: string): Promise<void> {
  await sql`select set_config('app.tenant_id', ${tenantId}, true)`.execute(trx);
}
