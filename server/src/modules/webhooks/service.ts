import type { WebhookDeliveryStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { queueOf } from '../../jobs/queue.ts';
import { audit } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin } from '../../platform/roles.ts';
import { feedHead } from '../events/service.ts';
import * as repo from './repo.ts';
import { newSecret } from './signing.ts';

export type { DeliveryRow, EndpointRow } from './repo.ts';

export const canManageWebhooks = (actor: Actor) => isTenantAdmin(actor);

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path.split('/').pop()} ${message}`, {
    errors: [{ path, message }],
  });
}

/** Only plain http(s) addresses without credentials: the signature is the receiver's proof. */
export function checkUrl(url: string, path = '/body/url'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(path, 'is not an absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw invalid(path, 'must start with http:// or https://');
  if (parsed.username || parsed.password)
    throw invalid(path, 'must not carry a user name or password (check the signature instead)');
  return parsed.href;
}

const cacheKey = (tenantId: string) => `${tenantId}:webhooks:active`;

/** Whether committed events of the tenant need dispatching at all (cached briefly per instance). */
export function hasActiveEndpoints(deps: Deps, tenantId: string): Promise<boolean> {
  return deps.tenantCache.getOrLoad(cacheKey(tenantId), () =>
    inTenant(deps.db, tenantId, async (trx) => (await repo.countActiveEndpoints(trx, tenantId)) > 0),
  ) as Promise<boolean>;
}

function requireManager(actor: Actor) {
  if (!canManageWebhooks(actor)) throw forbidden('Only a tenant administrator manages webhooks');
}

async function endpointOr404(trx: Tx, tenantId: string, id: string) {
  const endpoint = await repo.findEndpoint(trx, tenantId, id);
  if (!endpoint) throw notFound('Webhook');
  return endpoint;
}

/**
 * A tenant's first active endpoint starts from the present: without it the dispatcher would
 * walk the tenant's whole history, only to find every event older than the endpoint.
 */
async function startFromPresentIfFirst(trx: Tx, tenantId: string, exceptId: string) {
  const others = (await repo.activeEndpoints(trx, tenantId)).filter((e) => e.id !== exceptId);
  if (others.length === 0) await repo.setCursor(trx, tenantId, await feedHead(trx, tenantId));
}

export async function createEndpoint(
  deps: Deps,
  actor: Actor,
  input: { url: string; description?: string; eventTypes: string[]; active?: boolean },
) {
  requireManager(actor);
  const url = checkUrl(input.url);
  const secret = newSecret();
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const endpoint = await repo.insertEndpoint(trx, actor.tenantId, {
      url,
      description: input.description ?? null,
      eventTypes: input.eventTypes,
      active: input.active ?? true,
      secret: deps.cipher.encrypt(secret),
      createdBy: actor.kind === 'user' ? actor.id : null,
      at: deps.clock.now(),
    });
    if (endpoint.active) await startFromPresentIfFirst(trx, actor.tenantId, endpoint.id);
    await audit(trx, deps.clock, actor, {
      action: 'webhook.created',
      object: 'webhook',
      objectId: endpoint.id,
      after: {
        url,
        description: endpoint.description,
        eventTypes: endpoint.event_types,
        active: endpoint.active,
      },
    });
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId)));
    return { endpoint, secret };
  });
}

export async function listEndpoints(deps: Deps, actor: Actor, query: { limit: number; cursor?: string }) {
  requireManager(actor);
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    repo.listEndpoints(trx, actor.tenantId, { afterId, limit: query.limit }),
  );
  return toPage(rows, query.limit, (row) => [row.id]);
}

export async function getEndpoint(deps: Deps, actor: Actor, id: string) {
  requireManager(actor);
  return inTenant(deps.db, actor.tenantId, (trx) => endpointOr404(trx, actor.tenantId, id));
}

export async function updateEndpoint(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { url?: string; description?: string | null; eventTypes?: string[]; active?: boolean },
) {
  requireManager(actor);
  const url = input.url === undefined ? undefined : checkUrl(input.url);
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await endpointOr404(trx, actor.tenantId, id);
    if (input.active && !before.active) await startFromPresentIfFirst(trx, actor.tenantId, id);
    const updated = await repo.updateEndpoint(trx, actor.tenantId, id, {
      ...(url !== undefined && { url }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.eventTypes !== undefined && { event_types: input.eventTypes }),
      ...(input.active !== undefined && { active: input.active }),
      updated_at: deps.clock.now(),
    });
    const changes: Record<string, [unknown, unknown]> = {};
    if (updated.url !== before.url) changes.url = [before.url, updated.url];
    if (updated.description !== before.description)
      changes.description = [before.description, updated.description];
    if (updated.event_types.join() !== before.event_types.join())
      changes.eventTypes = [before.event_types, updated.event_types];
    if (updated.active !== before.active) changes.active = [before.active, updated.active];
    await audit(trx, deps.clock, actor, {
      action: 'webhook.updated',
      object: 'webhook',
      objectId: id,
      changes,
    });
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId)));
    return updated;
  });
}

export async function rotateSecret(deps: Deps, actor: Actor, id: string) {
  requireManager(actor);
  const secret = newSecret();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await endpointOr404(trx, actor.tenantId, id);
    const endpoint = await repo.updateEndpoint(trx, actor.tenantId, id, {
      secret: deps.cipher.encrypt(secret),
      updated_at: deps.clock.now(),
    });
    await audit(trx, deps.clock, actor, {
      action: 'webhook.secret_rotated',
      object: 'webhook',
      objectId: id,
    });
    return { endpoint, secret };
  });
}

export async function deleteEndpoint(deps: Deps, actor: Actor, id: string) {
  requireManager(actor);
  await inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await endpointOr404(trx, actor.tenantId, id);
    await repo.deleteEndpoint(trx, actor.tenantId, id);
    await audit(trx, deps.clock, actor, {
      action: 'webhook.deleted',
      object: 'webhook',
      objectId: id,
      note: { url: before.url },
    });
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId)));
  });
}

export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  query: { status?: WebhookDeliveryStatus; limit: number; cursor?: string },
) {
  requireManager(actor);
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    await endpointOr404(trx, actor.tenantId, endpointId);
    return repo.listDeliveries(trx, actor.tenantId, {
      endpointId,
      status: query.status,
      beforeId,
      limit: query.limit,
    });
  });
  return toPage(rows, query.limit, (row) => [row.id]);
}

export async function getDelivery(deps: Deps, actor: Actor, id: string) {
  requireManager(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const delivery = await repo.findDelivery(trx, actor.tenantId, id);
    if (!delivery) throw notFound('Delivery');
    return { delivery, attempts: await repo.attemptsOf(trx, actor.tenantId, id) };
  });
}

/**
 * Sends a delivery again now, whatever its state (a dead letter, a success the receiver lost);
 * should it fail, it is retried on the usual schedule from this new start.
 */
export async function replayDelivery(deps: Deps, actor: Actor, id: string) {
  requireManager(actor);
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await repo.findDelivery(trx, actor.tenantId, id);
    if (!before) throw notFound('Delivery');
    const reset = await repo.resetForReplay(trx, actor.tenantId, id, deps.clock.now());
    await audit(trx, deps.clock, actor, {
      action: 'webhook.delivery_replayed',
      object: 'webhook_delivery',
      objectId: id,
      changes: { status: [before.status, 'pending'] },
    });
    after(() =>
      queueOf(deps)?.sendWebhookDeliveries?.(actor.tenantId, [{ id, due: reset.next_attempt_at! }], {
        delaySeconds: 0,
      }),
    );
    return (await repo.findDelivery(trx, actor.tenantId, id))!;
  });
}
