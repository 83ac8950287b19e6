import type pg from 'pg';
import PgBoss from 'pg-boss';
import { createPool } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { markImportFailed, processImport } from '../modules/imports/process.ts';
import { setUpAnalytics } from './analytics.ts';
import { setUpContractJobs } from './contract-lifecycle.ts';
import { setUpDealExpiry } from './deal-expiry.ts';
import { attachQueue, detachQueue } from './queue.ts';
import { sweepAllTenants } from './sweep.ts';

export const IMPORT_QUEUE = 'lead-import';
export const SWEEP_QUEUE = 'pool-sweep';
/** Every five minutes; pg-boss sends one job per slot whatever the number of instances. */
export const SWEEP_CRON = '*/5 * * * *';

export interface RunnerOptions {
  /** The login that owns the database (pg-boss keeps its tables in the schema `pgboss`). */
  connectionString: string;
  /** false: this instance only queues work (GROUNDWORK_JOBS=false); others run it. */
  workers: boolean;
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

type ImportData = { tenantId: string; jobId: string };

/**
 * Starts pg-boss, creates the queues, and (with workers) runs imports and schedules the pool
 * sweep. The sweep queue is `stately`: at most one sweep runs and one waits, across all instances.
 */
export async function startJobRunner(deps: Deps, options: RunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    application_name: 'groundwork-jobs',
    max: 4,
    supervise: options.workers,
    schedule: options.workers,
  });
  let shuttingDown = false;
  boss.on('error', (error) => {
    // A connection the database closes while we shut down (the embedded cluster stops right after
    // us) is the shutdown itself, not a fault.
    if (shuttingDown && (error as { code?: string }).code === '57P01') return;
    deps.log.error({ err: error }, 'job queue error');
  });
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    // A run that died is retried after this; one still alive loses nothing (chunks lock the job).
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(SWEEP_QUEUE, {
    name: SWEEP_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 30 * 60,
  });

  let pool: pg.Pool | undefined;
  let owner: pg.Pool | undefined;
  let importWorker: string | undefined;
  const stopping = new AbortController();
  if (options.workers) {
    // COPY needs connections of its own, outside Kysely's pool; they run as the app role too.
    pool = createPool(options.connectionString, { max: 2, applicationName: 'groundwork-import' });
    const workerPool = pool;
    owner = createPool(options.connectionString, {
      appRole: false,
      max: 1,
      applicationName: 'groundwork-analyze',
    });
    const ownerPool = owner;
    const analyze = async () => {
      await ownerPool.query('analyze lead, lead_state');
    };
    const polling = options.pollingIntervalSeconds ?? 2;
    importWorker = await boss.work<ImportData>(
      IMPORT_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: polling, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        try {
          await processImport(deps, workerPool, job.data, { signal: stopping.signal, analyze });
        } catch (error) {
          if (!stopping.signal.aborted && job.retryCount >= job.retryLimit)
            await markImportFailed(deps, job.data, error);
          throw error;
        }
      },
    );
    await boss.work(
      SWEEP_QUEUE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
      async () => {
        await sweepAllTenants(deps);
      },
    );
    await boss.schedule(SWEEP_QUEUE, SWEEP_CRON, {}, { tz: 'UTC' });
  }

  await setUpDealExpiry(boss, deps, options);
  await setUpContractJobs(boss, deps, options);
  await setUpAnalytics(boss, deps, options);

  attachQueue(deps, {
    sendImport: async (ref) => {
      await boss.send(IMPORT_QUEUE, ref);
      if (importWorker) boss.notifyWorker(importWorker);
    },
  });

  return {
    boss,
    stop: async () => {
      shuttingDown = true;
      detachQueue(deps);
      // An import stops after its current chunk and is taken up again later from there.
      stopping.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await pool?.end();
      await owner?.end();
    },
  };
}
