import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { type AttemptOutcome, attemptDelivery, type DeliveryJob } from '../modules/webhooks/deliver.ts';
import { dispatchAllTenants, dispatchTenant } from '../modules/webhooks/dispatch.ts';
import { hasActiveEndpoints } from '../modules/webhooks/service.ts';
import type { JobQueue } from './queue.ts';

export const WEBHOOK_DISPATCH_QUEUE = 'webhook-dispatch';
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';
/** The safety net: events whose announcement was lost, deliveries whose job was lost. */
export const WEBHOOK_DISPATCH_CRON = '* * * * *';
/** Events held back by an older open transaction are looked at again this soon. */
const WAITING_RECHECK_SECONDS = 2;

type DispatchData = { tenantId?: string };

/**
 * The dispatch queue is stately per tenant (singletonKey): however many commits announce events,
 * at most one dispatch of a tenant runs and one waits. Deliveries are plain jobs; our own
 * schedule (backoff.ts) sets when each retry starts, so pg-boss retries only crashed attempts.
 */
export async function setUpWebhookJobs(
  boss: PgBoss,
  deps: Deps,
  options: { workers: boolean; pollingIntervalSeconds?: number },
): Promise<Pick<JobQueue, 'eventsCommitted' | 'sendWebhookDeliveries'>> {
  await boss.createQueue(WEBHOOK_DISPATCH_QUEUE, {
    name: WEBHOOK_DISPATCH_QUEUE,
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 5,
    expireInSeconds: 10 * 60,
  });
  await boss.createQueue(WEBHOOK_DELIVERY_QUEUE, {
    name: WEBHOOK_DELIVERY_QUEUE,
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    // An attempt takes at most the request timeout plus two short transactions.
    expireInSeconds: 5 * 60,
  });

  const dispatch = async (tenantId: string, startAfter?: number) => {
    await boss.send(WEBHOOK_DISPATCH_QUEUE, { tenantId }, { singletonKey: `tenant:${tenantId}`, startAfter });
  };

  let deliveryWorker: string | undefined;
  const DELIVERY_FETCHERS = 3;
  let dispatchWorker: string | undefined;
  if (options.workers) {
    const polling = options.pollingIntervalSeconds ?? 2;
    dispatchWorker = await boss.work<DispatchData>(
      WEBHOOK_DISPATCH_QUEUE,
      { pollingIntervalSeconds: polling },
      async ([job]) => {
        if (!job) return;
        if (!job.data.tenantId) {
          await dispatchAllTenants(deps);
          return;
        }
        const result = await dispatchTenant(deps, job.data.tenantId);
        if (result.waiting) await dispatch(job.data.tenantId, WAITING_RECHECK_SECONDS);
      },
    );
    // Several fetchers, each with a batch of attempts side by side: one slow receiver holds up
    // only its own batch, and a burst of events goes out at dozens per second, not eight.
    for (let fetcher = 0; fetcher < DELIVERY_FETCHERS; fetcher++) {
      const id = await boss.work<DeliveryJob>(
        WEBHOOK_DELIVERY_QUEUE,
        { pollingIntervalSeconds: polling, batchSize: 16 },
        async (jobs) => {
          // Receivers are slow or down independently: one batch's attempts run side by side.
          const results = await Promise.allSettled(jobs.map((job) => attemptDelivery(deps, job.data)));
          const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
          // A database failure: the batch is retried; the attempts already recorded are skipped then.
          if (failed) throw failed.reason;
          return results.map((r) => (r as PromiseFulfilledResult<AttemptOutcome>).value);
        },
      );
      deliveryWorker ??= id;
    }
    await boss.schedule(WEBHOOK_DISPATCH_QUEUE, WEBHOOK_DISPATCH_CRON, {}, { tz: 'UTC' });
  }

  return {
    eventsCommitted: async (tenantId) => {
      if (!(await hasActiveEndpoints(deps, tenantId))) return;
      await dispatch(tenantId);
      if (dispatchWorker) boss.notifyWorker(dispatchWorker);
    },
    sendWebhookDeliveries: async (tenantId, deliveries, { delaySeconds }) => {
      if (deliveries.length === 0) return;
      await boss.insert(
        deliveries.map((d) => ({
          name: WEBHOOK_DELIVERY_QUEUE,
          data: { tenantId, deliveryId: d.id, due: d.due.toISOString() },
          ...(delaySeconds > 0 && { startAfter: new Date(Date.now() + delaySeconds * 1000) }),
        })),
      );
      if (deliveryWorker && delaySeconds === 0) boss.notifyWorker(deliveryWorker);
    },
  };
}
