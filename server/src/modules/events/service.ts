import type { RawBuilder } from 'kysely';
import { afterCommitOf, inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { queueOf } from '../../jobs/queue.ts';
import type { Actor } from '../../platform/roles.ts';
import * as repo from './repo.ts';
import { EVENT_TYPES, type EventType } from './schema.ts';

export type { EventRow, FeedPosition } from './repo.ts';
export { EVENT_TYPES, type EventType } from './schema.ts';

export interface NewEvent {
  type: EventType;
  subject: { kind: 'lead' | 'visit' | 'contract' | 'deal' | 'task'; id: string };
  data?: Record<string, unknown>;
  at?: Date;
}

/** Reading the feed: tenant admins, and API keys (integrations act across the whole tenant). */
export const canReadEvents = (actor: Actor) => actor.role === 'tenant_admin' || actor.kind === 'api_key';

/** Transactions that already asked to announce their events once committed. */
const announced = new WeakSet<Tx>();

/**
 * Appends events to the tenant's feed inside the caller's transaction: they exist exactly when
 * the change does. Once the transaction commits, the webhook dispatcher is told.
 */
export async function emit(trx: Tx, deps: Deps, actor: Actor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const now = deps.clock.now();
  await repo.insertEvents(
    trx,
    actor.tenantId,
    { kind: actor.kind, id: actor.kind === 'system' ? null : actor.id, name: actor.name },
    events.map((e) => ({
      type: e.type,
      at: e.at ?? now,
      subjectKind: e.subject.kind,
      subjectId: e.subject.id,
      data: e.data ?? {},
    })),
  );
  const after = afterCommitOf(trx);
  if (after && !announced.has(trx)) {
    announced.add(trx);
    after(() => announce(deps, actor.tenantId));
  }
}

/**
 * Appends one event per row of the caller's query (`subject_id`, `data`), set-based. Transactions
 * not opened by inTenant (the import's COPY connection) announce with `announce` after commit.
 */
export async function emitFrom(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  event: { type: EventType; subjectKind: NewEvent['subject']['kind'] },
  source: RawBuilder<{ subject_id: string; data: unknown }>,
): Promise<void> {
  await repo.insertEventsFrom(
    trx,
    actor.tenantId,
    { kind: actor.kind, id: actor.kind === 'system' ? null : actor.id, name: actor.name },
    { type: event.type, at: deps.clock.now(), subjectKind: event.subjectKind },
    source,
  );
  const after = afterCommitOf(trx);
  if (after && !announced.has(trx)) {
    announced.add(trx);
    after(() => announce(deps, actor.tenantId));
  }
}

/** Tells the job queue; a lost announcement only delays delivery until the dispatcher's cron. */
export async function announce(deps: Deps, tenantId: string): Promise<void> {
  try {
    await queueOf(deps)?.eventsCommitted?.(tenantId);
  } catch (error) {
    deps.log.warn({ err: error, tenantId }, 'could not announce committed events');
  }
}

// A cursor is the (transaction id, event id) of the last event handed out, opaque to clients.
const START: repo.FeedPosition = { xid: '0', id: '0' };
const CURSOR = /^v1\.([0-9]{1,20})\.([0-9]{1,19})$/;

export function encodeFeedCursor(position: repo.FeedPosition): string {
  return Buffer.from(`v1.${position.xid}.${position.id}`).toString('base64url');
}

export function decodeFeedCursor(cursor: string): repo.FeedPosition {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new DomainError('invalid_cursor', 'The cursor is not one this feed gave out');
  return { xid: match[1]!, id: match[2]! };
}

export function presentEvent(row: repo.EventRow) {
  return {
    id: row.id,
    cursor: encodeFeedCursor({ xid: row.xid, id: row.id }),
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    subject: { kind: row.subject_kind, id: row.subject_id },
    data: row.data,
  };
}
export type PresentedEvent = ReturnType<typeof presentEvent>;

export async function readFeed(deps: Deps, actor: Actor, query: { after?: string; limit: number }) {
  if (!canReadEvents(actor)) throw forbidden('Only tenant administrators and API keys read the event feed');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const from =
      query.after === 'now'
        ? await repo.headPosition(trx, actor.tenantId)
        : query.after
          ? decodeFeedCursor(query.after)
          : START;
    const rows = await repo.eventsAfter(trx, actor.tenantId, from, query.limit + 1);
    const items = rows.slice(0, query.limit).map(presentEvent);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: last ? last.cursor : encodeFeedCursor(from),
      hasMore: rows.length > query.limit,
    };
  });
}

/** For the webhook dispatcher: the next commit-safe events after a position, in feed order. */
export function safeEventsAfter(
  trx: Tx,
  tenantId: string,
  after: repo.FeedPosition,
  limit: number,
): Promise<repo.EventRow[]> {
  return repo.eventsAfter(trx, tenantId, after, limit);
}

export const eventsPendingAfter = repo.hasEventsAfter;
export const feedHead = repo.headPosition;
export const findEvent = repo.findEvent;
export const isEventType = (name: string): name is EventType =>
  (EVENT_TYPES as readonly string[]).includes(name);
