import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { queueOf } from '../../jobs/queue.ts';
import { findEvent, presentEvent } from '../events/service.ts';
import { nextAttemptAt } from './backoff.ts';
import * as repo from './repo.ts';
import {
  DELIVERY_ID_HEADER,
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from './signing.ts';

export const DELIVERY_TIMEOUT_MS = 10_000;
const SNIPPET_CHARS = 500;
const USER_AGENT = 'Groundwork-Webhooks/1';

export interface DeliveryJob {
  tenantId: string;
  deliveryId: string;
  /** The delivery's next_attempt_at when the job was queued (ISO): a later reset makes it stale. */
  due: string;
}

export type AttemptOutcome = 'succeeded' | 'retrying' | 'dead' | 'skipped';

/** The first characters of an answer, read no further than needed. */
async function snippetOf(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < SNIPPET_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text.slice(0, SNIPPET_CHARS) || null;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return (cause?.code ?? cause?.message ?? error.message).slice(0, 200);
  }
  return String(error).slice(0, 200);
}

/**
 * Makes one attempt of a delivery: POSTs the event, signed, and records the outcome. No
 * transaction stays open during the request (an open one would hold the event feed back), so the
 * outcome is written only if the delivery is still due as the job knew it.
 */
export async function attemptDelivery(
  deps: Deps,
  job: DeliveryJob,
  options: { timeoutMs?: number } = {},
): Promise<AttemptOutcome> {
  const { tenantId, deliveryId } = job;
  const due = new Date(job.due);
  const loaded = await inTenant(deps.db, tenantId, async (trx) => {
    const delivery = await repo.findDelivery(trx, tenantId, deliveryId);
    if (!delivery || (delivery.status !== 'pending' && delivery.status !== 'retrying')) return null;
    if (delivery.next_attempt_at?.getTime() !== due.getTime()) return null;
    const endpoint = await repo.findEndpoint(trx, tenantId, delivery.endpoint_id);
    const event = await findEvent(trx, tenantId, delivery.event_id);
    if (!endpoint || !event) return null;
    return { delivery, endpoint, event };
  });
  if (!loaded) return 'skipped';
  const { delivery, endpoint, event } = loaded;

  let statusCode: number | null = null;
  let error: string | null = null;
  let snippet: string | null = null;
  // Wall time of the request itself, for the log; business time below comes from the clock.
  const started = performance.now();
  if (!endpoint.active) {
    error = 'endpoint inactive';
  } else {
    const { cursor: _cursor, ...payload } = presentEvent(event);
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? DELIVERY_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          [SIGNATURE_HEADER]: signatureHeader(deps.cipher.decrypt(endpoint.secret), timestamp, body),
          [EVENT_ID_HEADER]: event.id,
          [EVENT_TYPE_HEADER]: event.type,
          [DELIVERY_ID_HEADER]: delivery.id,
        },
      });
      statusCode = response.status;
      snippet = await snippetOf(response).catch(() => null);
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (failure) {
      error = describe(failure);
    }
  }
  const durationMs = Math.round(performance.now() - started);

  const now = deps.clock.now();
  const firstAttemptAt = delivery.first_attempt_at ?? now;
  const failures = delivery.attempts + 1;
  const next = error === null || !endpoint.active ? null : nextAttemptAt(firstAttemptAt, failures, now);
  const status = error === null ? 'succeeded' : next ? 'retrying' : 'dead';
  const recorded = await inTenant(deps.db, tenantId, async (trx, after) => {
    const ok = await repo.recordAttempt(trx, tenantId, deliveryId, due, {
      at: now,
      statusCode,
      error,
      responseSnippet: snippet,
      durationMs,
      // A delivery tried before whose retry window was reset is being replayed.
      replay: delivery.first_attempt_at === null && delivery.attempts > 0,
      status,
      firstAttemptAt,
      nextAttemptAt: next,
    });
    if (ok && next) {
      after(() =>
        queueOf(deps)?.sendWebhookDeliveries?.(tenantId, [{ id: deliveryId, due: next }], {
          delaySeconds: Math.ceil((next.getTime() - now.getTime()) / 1000),
        }),
      );
    }
    return ok;
  });
  return recorded ? status : 'skipped';
}
