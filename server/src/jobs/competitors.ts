import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { COMPETITOR_IMPORT_QUEUE, processCompetitorImport } from '../modules/competitors/import.ts';
import { recomputeTenant } from '../modules/competitors/service.ts';
import { markImportFailed } from '../modules/imports/process.ts';
import { recomputeAllRules } from '../modules/tag-rules/service.ts';
import { systemActor } from '../platform/roles.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';

export const NIGHTLY_TAGS_QUEUE = 'nightly-tags';
/** 19:30 UTC, 03:30 in China: after the day's deal sales have come in, before anyone starts work. */
export const NIGHTLY_TAGS_CRON = '30 19 * * *';

/**
 * The nightly tag run, tenant by tenant: competitor matches, price gaps and their tags, then every
 * active tag rule. One tenant's failure is logged and does not hold up the others.
 */
export async function nightlyTags(deps: Deps): Promise<{ tenants: number; failed: number }> {
  let failed = 0;
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      const actor = systemActor(tenantId, 'nightly-tags');
      await recomputeTenant(deps, actor);
      await recomputeAllRules(deps, actor);
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, 'nightly tags failed for a tenant');
    }
  }
  return { tenants: tenantIds.length, failed };
}

type ImportData = { tenantId: string; jobId: string };

/**
 * The competitor import queue (retried like the lead import; chunks lock the job) and the nightly
 * tag queue (stately: one run at a time across all instances, one cron slot → one job). Returns
 * the import worker's id on an instance that runs workers.
 */
export async function setUpCompetitorJobs(
  boss: PgBoss,
  deps: Deps,
  options: { workers: boolean; pollingIntervalSeconds?: number; signal: AbortSignal },
): Promise<string | undefined> {
  await boss.createQueue(COMPETITOR_IMPORT_QUEUE, {
    name: COMPETITOR_IMPORT_QUEUE,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(NIGHTLY_TAGS_QUEUE, {
    name: NIGHTLY_TAGS_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 60 * 60,
  });
  if (!options.workers) return undefined;
  const worker = await boss.work<ImportData>(
    COMPETITOR_IMPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true },
    async ([job]) => {
      if (!job) return;
      try {
        await processCompetitorImport(deps, job.data);
      } catch (error) {
        if (!options.signal.aborted && job.retryCount >= job.retryLimit)
          await markImportFailed(deps, job.data, error);
        throw error;
      }
    },
  );
  await boss.work(
    NIGHTLY_TAGS_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
    async () => {
      await nightlyTags(deps);
    },
  );
  await boss.schedule(NIGHTLY_TAGS_QUEUE, NIGHTLY_TAGS_CRON, {}, { tz: 'UTC' });
  return worker;
}
