import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { runLifecycle } from '../modules/contracts/lifecycle.ts';
import { createRenewalTasks } from '../modules/ops/renewals.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';
import type { JobLeases } from './leases.ts';

export const CONTRACT_JOBS_QUEUE = 'contract-lifecycle';
/**
 * Every quarter of an hour: a contract starts and ends at midnight of its tenant's time zone,
 * whatever that is in UTC. Both steps are idempotent, so the frequency only bounds the delay.
 */
export const CONTRACT_JOBS_CRON = '*/15 * * * *';

/**
 * Every active tenant in turn: contracts move along their dates (signed → active → expired), then
 * renewal to-dos are created for those ending soon. One tenant's failure is logged and does not
 * hold up the others.
 */
export async function runContractJobsAllTenants(
  deps: Deps,
): Promise<{ tenants: number; activated: number; expired: number; renewalTasks: number; failed: number }> {
  const totals = { activated: 0, expired: 0, renewalTasks: 0, failed: 0 };
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      const moved = await runLifecycle(deps, tenantId);
      totals.activated += moved.activated;
      totals.expired += moved.expired;
      totals.renewalTasks += (await createRenewalTasks(deps, tenantId)).created;
    } catch (error) {
      totals.failed++;
      deps.log.error({ err: error, tenantId }, 'contract lifecycle failed for a tenant');
    }
  }
  if (totals.activated + totals.expired + totals.renewalTasks + totals.failed > 0) {
    deps.log.info(totals, 'contract lifecycle');
  }
  return { tenants: tenantIds.length, ...totals };
}

/** The queue (stately: one run at a time across all instances) and, with workers, its schedule. */
export async function setUpContractJobs(
  boss: PgBoss,
  deps: Deps,
  options: { workers: boolean; pollingIntervalSeconds?: number; leases?: JobLeases },
): Promise<void> {
  await boss.createQueue(CONTRACT_JOBS_QUEUE, {
    name: CONTRACT_JOBS_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 30 * 60,
  });
  if (!options.workers || !options.leases) return;
  const leases = options.leases;
  await boss.work(
    CONTRACT_JOBS_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => {
      if (job) await leases.hold(job.id, () => runContractJobsAllTenants(deps));
    },
  );
  await boss.schedule(CONTRACT_JOBS_QUEUE, CONTRACT_JOBS_CRON, {}, { tz: 'UTC' });
}
