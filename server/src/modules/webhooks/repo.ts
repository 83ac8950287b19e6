import { sql } from 'kysely';
import type { WebhookDeliveryStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const endpointColumns = [
  'id',
  'url',
  'description',
  'event_types',
  'active',
  'secret',
  'created_at',
  'updated_at',
] as const;

export async function insertEndpoint(
  trx: Tx,
  tenantId: string,
  input: {
    url: string;
    description: string | null;
    eventTypes: string[];
    active: boolean;
    secret: string;
    createdBy: string | null;
    at: Date;
  },
) {
  return trx
    .insertInto('webhook_endpoint')
    .values({
      tenant_id: tenantId,
      url: input.url,
      description: input.description,
      event_types: input.eventTypes,
      active: input.active,
      secret: input.secret,
      created_by: input.createdBy,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning(endpointColumns)
    .executeTakeFirstOrThrow();
}

export function findEndpoint(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('webhook_endpoint')
    .select(endpointColumns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type EndpointRow = NonNullable<Awaited<ReturnType<typeof findEndpoint>>>;

export function listEndpoints(trx: Tx, tenantId: string, page: { afterId?: string; limit: number }) {
  let query = trx
    .selectFrom('webhook_endpoint')
    .select(endpointColumns)
    .where('tenant_id', '=', tenantId)
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query.execute();
}

export function activeEndpoints(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('webhook_endpoint')
    .select(['id', 'event_types', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('active', '=', true)
    .execute();
}

export async function countActiveEndpoints(trx: Tx, tenantId: string): Promise<number> {
  const row = await trx
    .selectFrom('webhook_endpoint')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function updateEndpoint(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<{
    url: string;
    description: string | null;
    event_types: string[];
    active: boolean;
    secret: string;
    updated_at: Date;
  }>,
) {
  return trx
    .updateTable('webhook_endpoint')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(endpointColumns)
    .executeTakeFirstOrThrow();
}

export async function deleteEndpoint(trx: Tx, tenantId: string, id: string): Promise<void> {
  await trx.deleteFrom('webhook_endpoint').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** The dispatcher's position in the tenant's feed, locked for this transaction (one dispatcher at a time). */
export async function lockCursor(trx: Tx, tenantId: string) {
  await sql`insert into webhook_cursor (tenant_id, xid, event_id) values (${tenantId}, '0', 0)
            on conflict (tenant_id) do nothing`.execute(trx);
  const { rows } = await sql<{ xid: string; id: string }>`
    select xid::text, event_id::text as id from webhook_cursor where tenant_id = ${tenantId} for update`.execute(
    trx,
  );
  return rows[0]!;
}

export async function setCursor(trx: Tx, tenantId: string, position: { xid: string; id: string }) {
  await sql`
    insert into webhook_cursor (tenant_id, xid, event_id) values (${tenantId}, ${position.xid}::xid8, ${position.id})
    on conflict (tenant_id) do update set xid = excluded.xid, event_id = excluded.event_id`.execute(trx);
}

export async function insertDeliveries(
  trx: Tx,
  tenantId: string,
  rows: Array<{ endpointId: string; eventId: string; eventType: string }>,
  at: Date,
) {
  if (rows.length === 0) return [];
  return trx
    .insertInto('webhook_delivery')
    .values(
      rows.map((r) => ({
        tenant_id: tenantId,
        endpoint_id: r.endpointId,
        event_id: r.eventId,
        event_type: r.eventType,
        status: 'pending' as const,
        next_attempt_at: at,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'endpoint_id', 'event_id']).doNothing())
    .returning(['id', 'next_attempt_at'])
    .execute();
}

const deliveryColumns = [
  'id',
  'endpoint_id',
  'event_id',
  'event_type',
  'status',
  'attempts',
  'first_attempt_at',
  'next_attempt_at',
  'last_status_code',
  'last_error',
  'created_at',
  'updated_at',
] as const;

function deliveries(trx: Tx, tenantId: string) {
  return trx.selectFrom('webhook_delivery').select(deliveryColumns).where('tenant_id', '=', tenantId);
}

export function findDelivery(trx: Tx, tenantId: string, id: string) {
  return deliveries(trx, tenantId).where('id', '=', id).executeTakeFirst();
}

export type DeliveryRow = NonNullable<Awaited<ReturnType<typeof findDelivery>>>;

export function listDeliveries(
  trx: Tx,
  tenantId: string,
  query: { endpointId: string; status?: WebhookDeliveryStatus; beforeId?: string; limit: number },
) {
  let q = deliveries(trx, tenantId)
    .where('endpoint_id', '=', query.endpointId)
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.beforeId) q = q.where('id', '<', query.beforeId);
  return q.execute();
}

export function attemptsOf(trx: Tx, tenantId: string, deliveryId: string) {
  return trx
    .selectFrom('webhook_attempt')
    .select(['id', 'at', 'status_code', 'error', 'response_snippet', 'duration_ms', 'replay'])
    .where('tenant_id', '=', tenantId)
    .where('delivery_id', '=', deliveryId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
}

/**
 * Records an attempt's outcome, only if the delivery is still the one the attempt was made for
 * (same status cycle and due time): a replay or a retry that overtook it leaves it untouched.
 */
export async function recordAttempt(
  trx: Tx,
  tenantId: string,
  deliveryId: string,
  expectedDue: Date,
  outcome: {
    at: Date;
    statusCode: number | null;
    error: string | null;
    responseSnippet: string | null;
    durationMs: number;
    replay: boolean;
    status: WebhookDeliveryStatus;
    firstAttemptAt: Date;
    nextAttemptAt: Date | null;
  },
): Promise<boolean> {
  const updated = await trx
    .updateTable('webhook_delivery')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      first_attempt_at: outcome.firstAttemptAt,
      next_attempt_at: outcome.nextAttemptAt,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      updated_at: outcome.at,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', deliveryId)
    .where('status', 'in', ['pending', 'retrying'])
    .where('next_attempt_at', '=', expectedDue)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return false;
  await trx
    .insertInto('webhook_attempt')
    .values({
      tenant_id: tenantId,
      delivery_id: deliveryId,
      at: outcome.at,
      status_code: outcome.statusCode,
      error: outcome.error,
      response_snippet: outcome.responseSnippet,
      duration_ms: outcome.durationMs,
      replay: outcome.replay,
    })
    .execute();
  return true;
}

/** Puts a delivery back in line for a send now, with a fresh retry window. */
export function resetForReplay(trx: Tx, tenantId: string, id: string, at: Date) {
  return trx
    .updateTable('webhook_delivery')
    .set({ status: 'pending', first_attempt_at: null, next_attempt_at: at, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(['id', 'next_attempt_at'])
    .executeTakeFirstOrThrow();
}

/** Deliveries whose job should have run long ago (a queue lost it): the safety net sends them again. */
export function overdueDeliveries(trx: Tx, tenantId: string, before: Date, limit: number) {
  return trx
    .selectFrom('webhook_delivery')
    .select(['id', 'next_attempt_at'])
    .where('tenant_id', '=', tenantId)
    .where('status', 'in', ['pending', 'retrying'])
    .where('next_attempt_at', '<', before)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}
