import type { Deps } from '../deps.ts';
import { sweepTenant } from '../modules/pool/sweep.ts';
import { forEachTenant, type Schedule } from './scheduled.ts';

export const SWEEP_QUEUE = 'pool-sweep';
/** Every five minutes; pg-boss sends one job per slot whatever the number of instances. */
export const SWEEP_CRON = '*/5 * * * *';

/**
 * The scheduled pool sweep: every active tenant in turn, each in its own batches. One tenant's
 * failure does not keep the others' leads from falling back on time.
 */
export async function sweepAllTenants(
  deps: Deps,
): Promise<{ tenants: number; recycled: number; failed: number }> {
  let recycled = 0;
  const run = await forEachTenant(deps, 'pool sweep', async (tenantId) => {
    recycled += (await sweepTenant(deps, tenantId, {})).count;
  });
  if (recycled > 0 || run.failed > 0) deps.log.info({ recycled, failed: run.failed }, 'pool sweep');
  return { ...run, recycled };
}

export const POOL_SWEEP: Schedule = {
  queue: SWEEP_QUEUE,
  cron: SWEEP_CRON,
  expireInSeconds: 30 * 60,
  pollingIntervalSeconds: 2,
  run: sweepAllTenants,
};
