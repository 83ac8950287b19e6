import type { Deps } from '../deps.ts';
import { refreshRecent } from '../modules/analytics/service.ts';
import { forEachTenant, type Schedule } from './scheduled.ts';

export const ANALYTICS_QUEUE = 'analytics-rollup';
/** Every five minutes: the dashboards' event figures are at most this old (docs/analytics.md). */
export const ANALYTICS_CRON = '*/5 * * * *';

/** Refreshes the recent days of every active tenant (the first run backfills a tenant's history). */
export async function refreshAllTenants(
  deps: Deps,
): Promise<{ tenants: number; rows: number; failed: number }> {
  let rows = 0;
  const run = await forEachTenant(deps, 'analytics rollup', async (tenantId) => {
    rows += (await refreshRecent(deps, tenantId)).rows;
  });
  return { ...run, rows };
}

/** A backfill of a large tenant takes minutes; a crashed run is released by its lease, not this. */
export const ANALYTICS_ROLLUP: Schedule = {
  queue: ANALYTICS_QUEUE,
  cron: ANALYTICS_CRON,
  expireInSeconds: 60 * 60,
  pollingIntervalSeconds: 10,
  run: refreshAllTenants,
};
