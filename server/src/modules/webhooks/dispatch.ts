import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { queueOf } from '../../jobs/queue.ts';
import { listActiveTenantIds } from '../../platform/tenants/service.ts';
import { eventsPendingAfter, safeEventsAfter } from '../events/service.ts';
import * as repo from './repo.ts';
import { hasActiveEndpoints } from './service.ts';

export const DISPATCH_BATCH = 500;
/** A delivery whose job has not run this long after it was due was lost by the queue: send it again. */
const OVERDUE_MS = 5 * 60 * 1000;

export interface DispatchResult {
  /** Deliveries created (and queued). */
  deliveries: number;
  /** Events written but not yet safe to pass on (an older transaction is still open). */
  waiting: boolean;
}

/**
 * Turns the tenant's new committed events into deliveries for the endpoints that subscribe to
 * them, walking the same commit-safe feed as the events API from a position kept in the
 * database; the cursor row is locked, so two dispatchers of one tenant take turns.
 */
export async function dispatchTenant(deps: Deps, tenantId: string): Promise<DispatchResult> {
  let created = 0;
  for (;;) {
    const step = await inTenant(deps.db, tenantId, async (trx, after) => {
      const endpoints = await repo.activeEndpoints(trx, tenantId);
      if (endpoints.length === 0) return { count: 0, full: false, waiting: false };
      const position = await repo.lockCursor(trx, tenantId);
      const events = await safeEventsAfter(trx, tenantId, position, DISPATCH_BATCH);
      const rows = events.flatMap((event) =>
        endpoints
          .filter((e) => e.event_types.includes(event.type) && event.occurred_at >= e.created_at)
          .map((e) => ({ endpointId: e.id, eventId: event.id, eventType: event.type })),
      );
      const now = deps.clock.now();
      const inserted = await repo.insertDeliveries(trx, tenantId, rows, now);
      const last = events[events.length - 1];
      const reached = last ? { xid: last.xid, id: last.id } : position;
      if (last) await repo.setCursor(trx, tenantId, reached);
      const full = events.length === DISPATCH_BATCH;
      const waiting = !full && (await eventsPendingAfter(trx, tenantId, reached));
      after(() =>
        queueOf(deps)?.sendWebhookDeliveries?.(
          tenantId,
          inserted.map((d) => ({ id: d.id, due: d.next_attempt_at! })),
          { delaySeconds: 0 },
        ),
      );
      return { count: inserted.length, full, waiting };
    });
    created += step.count;
    if (!step.full) return { deliveries: created, waiting: step.waiting };
  }
}

/** Sends again the deliveries whose job never ran (a crash, a purged queue). */
export async function requeueOverdue(deps: Deps, tenantId: string): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - OVERDUE_MS);
  const overdue = await inTenant(deps.db, tenantId, (trx) =>
    repo.overdueDeliveries(trx, tenantId, before, 1000),
  );
  if (overdue.length > 0)
    await queueOf(deps)?.sendWebhookDeliveries?.(
      tenantId,
      overdue.map((d) => ({ id: d.id, due: d.next_attempt_at! })),
      { delaySeconds: 0 },
    );
  return overdue.length;
}

/**
 * The dispatcher's cron (every minute): catches events whose after-commit announcement was lost
 * or came while an older transaction still held them back, and deliveries the queue lost.
 */
export async function dispatchAllTenants(deps: Deps): Promise<{ deliveries: number; failed: number }> {
  let deliveries = 0;
  let failed = 0;
  for (const tenantId of await listActiveTenantIds(deps)) {
    try {
      if (!(await hasActiveEndpoints(deps, tenantId))) continue;
      deliveries += (await dispatchTenant(deps, tenantId)).deliveries;
      await requeueOverdue(deps, tenantId);
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, 'webhook dispatch failed for a tenant');
    }
  }
  return { deliveries, failed };
}
