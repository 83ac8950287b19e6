import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { expireDeals } from '../modules/deals/expiry.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';
import type { JobLeases } from './leases.ts';

export const DEAL_EXPIRY_QUEUE = 'deal-expiry';
/** Every five minutes: a deal ends at midnight of the tenant's own time zone, whatever that is in UTC. */
export const DEAL_EXPIRY_CRON = '*/5 * * * *';

/** Every active tenant in turn; one tenant's failure is logged and does not hold up the others. */
export async function expireAllTenants(
  deps: Deps,
): Promise<{ tenants: number; expired: number; failed: number }> {
  let expired = 0;
  let failed = 0;
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      expired += (await expireDeals(deps, tenantId)).count;
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, 'deal expiry failed for a tenant');
    }
  }
  if (expired > 0 || failed > 0) deps.log.info({ expired, failed }, 'deal expiry');
  return { tenants: tenantIds.length, expired, failed };
}

/**
 * The deal expiry queue (stately: one run at a time across all instances) and, on an instance
 * that runs workers, its worker and schedule.
 */
export async function setUpDealExpiry(
  boss: PgBoss,
  deps: Deps,
  options: { workers: boolean; pollingIntervalSeconds?: number; leases?: JobLeases },
): Promise<void> {
  await boss.createQueue(DEAL_EXPIRY_QUEUE, {
    name: DEAL_EXPIRY_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 30 * 60,
  });
  if (!options.workers || !options.leases) return;
  const leases = options.leases;
  await boss.work(
    DEAL_EXPIRY_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => {
      if (job) await leases.hold(job.id, () => expireAllTenants(deps));
    },
  );
  await boss.schedule(DEAL_EXPIRY_QUEUE, DEAL_EXPIRY_CRON, {}, { tz: 'UTC' });
}
