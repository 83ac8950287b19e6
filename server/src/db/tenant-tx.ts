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
  const after: AfterCommit = (effect) => effects.push(effect);
  const result = await db.transaction().execute(async (trx) => {
    await bindTenant(trx, tenantId);
    afterCommits.set(trx, after);
    return work(trx, after);
  });
  for (const effect of effects) await effect();
  return result;
}

const afterCommits = new WeakMap<Tx, AfterCommit>();

/**
 * The after-commit registry of a transaction opened by inTenant, for code deep in a use case that
 * was handed only the transaction (the event outbox announces its events this way).
 */
export function afterCommitOf(trx: Tx): AfterCommit | undefined {
  return afterCommits.get(trx);
}

/** Re-binds a running transaction to another tenant (platform use cases that span tenants). */
export async function bindTenant(trx: Tx, tenantId: string): Promise<void> {
  await sql`select set_config('app.tenant_id', ${tenantId}, true)`.execute(trx);
}
