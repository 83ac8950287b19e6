import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { refreshRecent } from '../modules/analytics/service.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';

export const ANALYTICS_QUEUE = 'analytics-rollup';
/** Every five minutes: the dashboards' event figures are at most this old (docs/analytics.md). */
export const ANALYTICS_CRON = '*/5 * * * *';

/** Refreshes the recent days of every active tenant (the first run backfills a tenant's history). */
export async function refreshAllTenants(
  deps: Deps,
): Promise<{ tenants: number; rows: number; failed: number }> {
  let rows = 0;
  let failed = 0;
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      rows += (await refreshRecent(deps, tenantId)).rows;
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, 'analytics rollup failed for a tenant');
    }
  }
  return { tenants: tenantIds.length, rows, failed };
}

/**
 * The rollup queue is stately like the sweep: one run at a time across all instances, and
 * pg-boss sends one job per cron slot however many instances schedule it.
 */
export async function setUpAnalytics(
  boss: PgBoss,
  deps: Deps,
  options: { workers: boolean; pollingIntervalSeconds?: number },
): Promise<void> {
  await boss.createQueue(ANALYTICS_QUEUE, {
    name: ANALYTICS_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 60 * 60,
  });
  if (!options.workers) return;
  await boss.work(
    ANALYTICS_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
    async () => {
      await refreshAllTenants(deps);
    },
  );
  await boss.schedule(ANALYTICS_QUEUE, ANALYTICS_CRON, {}, { tz: 'UTC' });
}
