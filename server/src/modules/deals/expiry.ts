import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/service.ts';
import { systemActor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { emit } from '../events/service.ts';
import { localDay } from '../pool/service.ts';
import * as repo from './repo.ts';

export const EXPIRY_BATCH = 5_000;
export const EXPIRY_ACTOR = 'deal-expiry';

/**
 * Expires the tenant's online deals whose last valid day (in the tenant's time zone) has passed,
 * in batches, each its own transaction; every deal gets an `expired` entry in its history.
 */
export async function expireDeals(
  deps: Deps,
  tenantId: string,
  options: { batchSize?: number } = {},
): Promise<{ count: number }> {
  const settings = await tenantSettings(deps, tenantId);
  const now = deps.clock.now();
  const today = localDay(now, settings.timezone);
  const batchSize = options.batchSize ?? EXPIRY_BATCH;
  const actor = systemActor(tenantId, EXPIRY_ACTOR);
  let count = 0;
  for (;;) {
    const expired = await inTenant(deps.db, tenantId, async (trx) => {
      const ids = await repo.expireBatch(trx, tenantId, { today, now, batchSize, actorName: actor.name });
      if (ids.length > 0) {
        await audit(trx, deps.clock, actor, {
          action: 'deal.expired',
          object: 'deal',
          objectId: null,
          note: { count: ids.length, today, deals: ids.slice(0, 200) },
        });
        await emit(
          trx,
          deps,
          actor,
          ids.map((id) => ({
            type: 'deal.offline' as const,
            subject: { kind: 'deal' as const, id },
            data: { status: 'expired', reason: 'expired' },
          })),
        );
      }
      return ids.length;
    });
    count += expired;
    if (expired < batchSize) break;
  }
  return { count };
}
