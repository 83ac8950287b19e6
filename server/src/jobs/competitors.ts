import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { COMPETITOR_IMPORT_QUEUE, processCompetitorImport } from '../modules/competitors/import.ts';
import { recomputeTenant } from '../modules/competitors/service.ts';
import { markImportFailed } from '../modules/imports/process.ts';
import { recomputeAllRules } from '../modules/tag-rules/service.ts';
import { systemActor } from '../platform/roles.ts';
import { forEachTenant, type Schedule } from './scheduled.ts';

export const NIGHTLY_TAGS_QUEUE = 'nightly-tags';
/** 19:30 UTC, 03:30 in China: after the day's deal sales have come in, before anyone starts work. */
export const NIGHTLY_TAGS_CRON = '30 19 * * *';

/**
 * The nightly tag run, tenant by tenant: competitor matches, price gaps and their tags, then every
 * active tag rule.
 */
export async function nightlyTags(deps: Deps): Promise<{ tenants: number; failed: number }> {
  return forEachTenant(deps, 'nightly tags', async (tenantId) => {
    const actor = systemActor(tenantId, 'nightly-tags');
    await recomputeTenant(deps, actor);
    await recomputeAllRules(deps, actor);
  });
}

export const NIGHTLY_TAGS: Schedule = {
  queue: NIGHTLY_TAGS_QUEUE,
  cron: NIGHTLY_TAGS_CRON,
  expireInSeconds: 60 * 60,
  pollingIntervalSeconds: 10,
  run: nightlyTags,
};

type ImportData = { tenantId: string; jobId: string };

/**
 * The competitor import queue (retried like the lead import; chunks lock the job). Returns the
 * import worker's id on an instance that runs workers.
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
  return worker;
}
