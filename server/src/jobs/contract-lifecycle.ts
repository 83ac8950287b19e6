import type { Deps } from '../deps.ts';
import { runLifecycle } from '../modules/contracts/lifecycle.ts';
import { createRenewalTasks } from '../modules/ops/renewals.ts';
import { forEachTenant, type Schedule } from './scheduled.ts';

export const CONTRACT_JOBS_QUEUE = 'contract-lifecycle';
/**
 * Every quarter of an hour: a contract starts and ends at midnight of its tenant's time zone,
 * whatever that is in UTC. Both steps are idempotent, so the frequency only bounds the delay.
 */
export const CONTRACT_JOBS_CRON = '*/15 * * * *';

/**
 * Every active tenant in turn: contracts move along their dates (signed → active → expired), then
 * renewal to-dos are created for those ending soon.
 */
export async function runContractJobsAllTenants(
  deps: Deps,
): Promise<{ tenants: number; activated: number; expired: number; renewalTasks: number; failed: number }> {
  const totals = { activated: 0, expired: 0, renewalTasks: 0 };
  const run = await forEachTenant(deps, 'contract lifecycle', async (tenantId) => {
    const moved = await runLifecycle(deps, tenantId);
    totals.activated += moved.activated;
    totals.expired += moved.expired;
    totals.renewalTasks += (await createRenewalTasks(deps, tenantId)).created;
  });
  if (totals.activated + totals.expired + totals.renewalTasks + run.failed > 0) {
    deps.log.info({ ...totals, failed: run.failed }, 'contract lifecycle');
  }
  return { ...run, ...totals };
}

export const CONTRACT_JOBS: Schedule = {
  queue: CONTRACT_JOBS_QUEUE,
  cron: CONTRACT_JOBS_CRON,
  expireInSeconds: 30 * 60,
  pollingIntervalSeconds: 2,
  run: runContractJobsAllTenants,
};
