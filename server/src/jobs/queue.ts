import type { Deps } from '../deps.ts';

/** What the HTTP side may ask of the background jobs: queue an import or a campaign launch. */
export interface JobQueue {
  sendImport(ref: { tenantId: string; jobId: string }): Promise<void>;
  /** Queues a job on a named queue of this runner (competitor imports). */
  send?(queue: string, data: object): Promise<void>;
  sendCampaignLaunch?(ref: { tenantId: string; jobId: string }): Promise<void>;
  /** A transaction that wrote events of this tenant committed: pass them on to webhooks. */
  eventsCommitted?(tenantId: string): Promise<void>;
  /**
   * Queues webhook deliveries once the transaction that made them due has committed; `due` is the
   * delivery's next attempt time, which a job must still match when it runs (stale jobs skip).
   */
  sendWebhookDeliveries?(
    tenantId: string,
    deliveries: WebhookJob[],
    options: { delaySeconds: number },
  ): Promise<void>;
}

export interface WebhookJob {
  id: string;
  due: Date;
}

// Keyed by the Deps of one app, so that tests running several apps in one process never share one.
const queues = new WeakMap<Deps, JobQueue>();

export function attachQueue(deps: Deps, queue: JobQueue): void {
  queues.set(deps, queue);
}

export function detachQueue(deps: Deps): void {
  queues.delete(deps);
}

export function queueOf(deps: Deps): JobQueue | undefined {
  return queues.get(deps);
}
