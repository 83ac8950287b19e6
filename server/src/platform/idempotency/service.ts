import { HOUR, MINUTE } from '../../clock.ts';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../roles.ts';
import type { IdempotencyRef } from './repo.ts';
import * as repo from './repo.ts';

/** A stored answer is replayed for a day; a request that died half-way frees its key after a minute. */
export const KEEP_MS = 24 * HOUR;
export const ABANDONED_MS = MINUTE;

export type Begin =
  | { kind: 'proceed'; ref: IdempotencyRef }
  | { kind: 'replay'; status: number; response: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

export async function begin(deps: Deps, actor: Actor, key: string, requestHash: string): Promise<Begin> {
  const ref = { tenantId: actor.tenantId, actor: `${actor.kind}:${actor.id}`, key };
  const now = deps.clock.now();
  return inTenant(deps.db, actor.tenantId, async (trx): Promise<Begin> => {
    if (await repo.claimKey(trx, ref, requestHash, now)) return { kind: 'proceed', ref };
    const row = await repo.findKey(trx, ref);
    const age = row ? now.getTime() - row.created_at.getTime() : Number.POSITIVE_INFINITY;
    if (!row || age > KEEP_MS || (row.status === null && age > ABANDONED_MS)) {
      await repo.restartKey(trx, ref, requestHash, now);
      return { kind: 'proceed', ref };
    }
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.status === null || row.response === null) return { kind: 'in_progress' };
    return { kind: 'replay', status: row.status, response: row.response };
  });
}

/** Keeps a successful answer for replay; frees the key after a refusal so a corrected retry can run. */
export async function finish(
  deps: Deps,
  ref: IdempotencyRef,
  status: number,
  response: string,
): Promise<void> {
  await inTenant(deps.db, ref.tenantId, (trx) =>
    status >= 200 && status < 300 ? repo.completeKey(trx, ref, status, response) : repo.releaseKey(trx, ref),
  );
}
