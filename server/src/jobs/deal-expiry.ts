import type { Deps } from '../deps.ts';
import { expireDeals } from '../modules/deals/expiry.ts';
import { forEachTenant, type Schedule } from './scheduled.ts';

export const DEAL_EXPIRY_QUEUE = 'deal-expiry';
/** Every five minutes: a deal ends at midnight of the tenant's own time zone, whatever that is in UTC. */
export const DEAL_EXPIRY_CRON = '*/5 * * * *';

/** Every active tenant's deals past their validity go offline. */
export async function expireAllTenants(
  deps: Deps,
): Promise<{ tenants: number; expired: number; failed: number }> {
  let expired = 0;
  const run = await forEachTenant(deps, 'deal expiry', async (tenantId) => {
    expired += (await expireDeals(deps, tenantId)).count;
  });
  if (expired > 0 || run.failed > 0) deps.log.info({ expired, failed: run.failed }, 'deal expiry');
  return { ...run, expired };
}

export const DEAL_EXPIRY: Schedule = {
  queue: DEAL_EXPIRY_QUEUE,
  cron: DEAL_EXPIRY_CRON,
  expireInSeconds: 30 * 60,
  pollingIntervalSeconds: 2,
  run: expireAllTenants,
};
