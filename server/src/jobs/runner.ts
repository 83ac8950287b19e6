import pg from 'pg';
import PgBoss from 'pg-boss';
import { createPool } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { runLaunchJob } from '../modules/campaigns/launch-job.ts';
import { markImportFailed, processImport } from '../modules/imports/process.ts';
import { ANALYTICS_ROLLUP } from './analytics.ts';
import { NIGHTLY_TAGS, setUpCompetitorJobs } from './competitors.ts';
import { CONTRACT_JOBS } from './contract-lifecycle.ts';
import { DEAL_EXPIRY } from './deal-expiry.ts';
import { JobLeases } from './leases.ts';
import { attachQueue, detachQueue } from './queue.ts';
import { type Schedule, setUpSchedule } from './scheduled.ts';
import { POOL_SWEEP } from './sweep.ts';
import { setUpWebhookJobs } from './webhooks.ts';

export { SWEEP_CRON, SWEEP_QUEUE } from './sweep.ts';

export const IMPORT_QUEUE = 'lead-import';
export const CAMPAIGN_QUEUE = 'campaign-launch';

/** What the clock starts, each on its stately queue, each run under a lease. */
const SCHEDULES: Schedule[] = [POOL_SWEEP, DEAL_EXPIRY, CONTRACT_JOBS, ANALYTICS_ROLLUP, NIGHTLY_TAGS];

export interface RunnerOptions {
  /** The login that owns the database (pg-boss keeps its tables in the schema `pgboss`). */
  connectionString: string;
  /** false: this instance only queues work (GROUNDWORK_JOBS=false); others run it. */
  workers: boolean;
  pollingIntervalSeconds?: number;
  /** How often a worker instance looks for jobs orphaned by a dead process (default 10 s). */
  orphanCheckSeconds?: number;
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

type ImportData = { tenantId: string; jobId: string };

/**
 * Starts pg-boss, creates the queues, and (with workers) runs imports and campaign launches and
 * the schedules (scheduled.ts: stately queues, one run at a time across all instances).
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
  // Instances starting together on a database without our queues deadlock inside pg-boss's
  // create_queue: the set-up runs one instance at a time. Should it throw, the process stops and
  // its session, with the lock, goes too.
  const setUpLock = await lockSetUp(options.connectionString);
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    retryLimit: 5,
    // 5–10 s, then doubling: the five retries span about five minutes of a database outage.
    retryDelay: 5,
    retryBackoff: true,
    // A run that outlives this is failed and retried; one still alive loses nothing (chunks lock
    // the job). A run whose process died is found at once by its lease (leases.ts), not by this.
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(CAMPAIGN_QUEUE, {
    name: CAMPAIGN_QUEUE,
    retryLimit: 3,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 30 * 60,
  });

  let pool: pg.Pool | undefined;
  let owner: pg.Pool | undefined;
  let leasePool: pg.Pool | undefined;
  let leases: JobLeases | undefined;
  let importWorker: string | undefined;
  let campaignWorker: string | undefined;
  let orphanTimer: NodeJS.Timeout | undefined;
  const stopping = new AbortController();
  if (options.workers) {
    // One connection per job running here (an import, a campaign launch, each schedule) and one
    // to check.
    leasePool = createPool(options.connectionString, {
      appRole: false,
      max: 3 + SCHEDULES.length,
      applicationName: 'groundwork-lease',
    });
    const jobLeases = new JobLeases(leasePool);
    leases = jobLeases;
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
        await jobLeases.hold(job.id, async () => {
          try {
            await processImport(deps, workerPool, job.data, { signal: stopping.signal, analyze });
          } catch (error) {
            if (!stopping.signal.aborted && job.retryCount >= job.retryLimit)
              await markImportFailed(deps, job.data, error);
            throw error;
          }
        });
      },
    );
    // Launches are idempotent: a retry after a crash only adds the tasks still missing.
    campaignWorker = await boss.work<ImportData>(
      CAMPAIGN_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: polling },
      async ([job]) => {
        if (job) await jobLeases.hold(job.id, () => runLaunchJob(deps, job.data));
      },
    );
  }

  const competitorWorker = await setUpCompetitorJobs(boss, deps, { ...options, signal: stopping.signal });
  for (const schedule of SCHEDULES) await setUpSchedule(boss, deps, schedule, { ...options, leases });
  const webhooks = await setUpWebhookJobs(boss, deps, options);
  await setUpLock.end();

  if (leases) {
    const jobLeases = leases;
    let checking = false;
    const check = async () => {
      if (checking || stopping.signal.aborted) return;
      checking = true;
      try {
        await releaseOrphans(boss, deps, jobLeases);
      } catch (error) {
        deps.log.warn({ err: error }, 'could not look for orphaned jobs');
      } finally {
        checking = false;
      }
    };
    await check();
    orphanTimer = setInterval(() => void check(), (options.orphanCheckSeconds ?? 10) * 1000);
    orphanTimer.unref();
  }

  attachQueue(deps, {
    ...webhooks,
    sendImport: async (ref) => {
      await boss.send(IMPORT_QUEUE, ref);
      if (importWorker) boss.notifyWorker(importWorker);
    },
    send: async (queue, data) => {
      await boss.send(queue, data);
      if (competitorWorker) boss.notifyWorker(competitorWorker);
    },
    sendCampaignLaunch: async (ref) => {
      await boss.send(CAMPAIGN_QUEUE, ref);
      if (campaignWorker) boss.notifyWorker(campaignWorker);
    },
  });

  return {
    boss,
    stop: async () => {
      shuttingDown = true;
      detachQueue(deps);
      // An import stops after its current chunk and is taken up again later from there.
      stopping.abort();
      clearInterval(orphanTimer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await pool?.end();
      await owner?.end();
      await leasePool?.end();
    },
  };
}

const SET_UP_LOCK = 0x67776a71; // "gwjq"

async function lockSetUp(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, application_name: 'groundwork-jobs-setup' });
  client.on('error', () => {});
  await client.connect();
  await client.query('select pg_advisory_lock($1)', [SET_UP_LOCK]);
  return client;
}

/**
 * Jobs whose process died (no lease) are failed at once instead of at their expiry: an import
 * goes back to the queue and resumes from its last committed chunk within seconds (it keeps its
 * retry count, so a file that kills the server every time still ends failed); a scheduled run
 * (sweep, deal expiry, contracts, analytics, nightly tags) is failed so that the next one is not
 * held behind it (stately queues).
 */
async function releaseOrphans(boss: PgBoss, deps: Deps, leases: JobLeases) {
  const queues = [IMPORT_QUEUE, CAMPAIGN_QUEUE, ...SCHEDULES.map((s) => s.queue)];
  for (const job of await leases.orphans(queues)) {
    const reason = 'The instance running this job stopped before it finished';
    await boss.fail(job.name, job.id, { message: reason });
    deps.log.warn(
      { queue: job.name, jobId: job.id },
      'job orphaned by a stopped instance: failed for a retry',
    );
    if (job.name === IMPORT_QUEUE && job.retryCount >= job.retryLimit) {
      await markImportFailed(deps, job.data as ImportData, new Error(reason));
    }
  }
}
