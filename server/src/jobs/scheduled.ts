import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';
import type { JobLeases } from './leases.ts';

/**
 * A job that the clock starts (the sweep, deal expiry, the analytics rollup …). Its queue is
 * `stately`: pg-boss sends one job per cron slot however many instances schedule it, and at most
 * one runs while one waits. Each run holds a lease (leases.ts), so a run whose process died is
 * failed within seconds and does not hold the next ones back until its expiry.
 */
export interface Schedule {
  queue: string;
  /** In UTC. */
  cron: string;
  /** A run still going after this is failed by pg-boss (a live one that is merely slow too). */
  expireInSeconds: number;
  /** How often an idle worker looks for the job when the runner sets no interval. */
  pollingIntervalSeconds: number;
  run(deps: Deps): Promise<unknown>;
}

export interface ScheduleOptions {
  workers: boolean;
  pollingIntervalSeconds?: number;
  leases?: JobLeases;
}

/** The schedule's queue and, on an instance that runs workers, its worker and cron entry. */
export async function setUpSchedule(
  boss: PgBoss,
  deps: Deps,
  schedule: Schedule,
  options: ScheduleOptions,
): Promise<void> {
  await boss.createQueue(schedule.queue, {
    name: schedule.queue,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: schedule.expireInSeconds,
  });
  if (!options.workers || !options.leases) return;
  const leases = options.leases;
  await boss.work(
    schedule.queue,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? schedule.pollingIntervalSeconds },
    async ([job]) => {
      if (job) await leases.hold(job.id, () => schedule.run(deps));
    },
  );
  await boss.schedule(schedule.queue, schedule.cron, {}, { tz: 'UTC' });
}

/**
 * Runs `work` for every active tenant in turn. One tenant's failure is logged (as `what`) and does
 * not hold up the others.
 */
export async function forEachTenant(
  deps: Deps,
  what: string,
  work: (tenantId: string) => Promise<void>,
): Promise<{ tenants: number; failed: number }> {
  let failed = 0;
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      await work(tenantId);
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, `${what} failed for a tenant`);
    }
  }
  return { tenants: tenantIds.length, failed };
}
