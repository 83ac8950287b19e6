import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

export interface EventInsert {
  type: string;
  at: Date;
  subjectKind: string;
  subjectId: string;
  data: Record<string, unknown>;
}

export interface EventActor {
  kind: string;
  id: string | null;
  name: string;
}

/**
 * Appends events in one statement whatever their number (the pool sweep writes thousands at a
 * time): the rows travel as one JSON parameter, so no limit on bind parameters applies.
 */
export async function insertEvents(
  trx: Tx,
  tenantId: string,
  actor: EventActor,
  events: EventInsert[],
): Promise<void> {
  if (events.length === 0) return;
  const rows = JSON.stringify(
    events.map((e) => ({ type: e.type, at: e.at, sk: e.subjectKind, si: e.subjectId, data: e.data })),
  );
  await sql`
    insert into event (tenant_id, type, occurred_at, actor_kind, actor_id, actor_name, subject_kind, subject_id, data)
    select ${tenantId}, r.type, r.at, ${actor.kind}, ${actor.id}, ${actor.name}, r.sk, r.si, r.data
    from rows from (jsonb_to_recordset(${rows}::jsonb) as (type text, at timestamptz, sk text, si text, data jsonb))
      with ordinality as r(type, at, sk, si, data, n)
    order by r.n`.execute(trx);
}

/**
 * Appends one event per row of a query the caller builds over its own tables (columns
 * `subject_id text`, `data jsonb`), in one statement: imports announce a whole chunk of new leads.
 */
export async function insertEventsFrom(
  trx: Tx,
  tenantId: string,
  actor: EventActor,
  event: { type: string; at: Date; subjectKind: string },
  source: RawBuilder<{ subject_id: string; data: unknown }>,
): Promise<void> {
  await sql`
    insert into event (tenant_id, type, occurred_at, actor_kind, actor_id, actor_name, subject_kind, subject_id, data)
    select ${tenantId}, ${event.type}, ${event.at}, ${actor.kind}, ${actor.id}, ${actor.name},
           ${event.subjectKind}, s.subject_id, s.data
    from (${source}) s`.execute(trx);
}

export interface FeedPosition {
  xid: string;
  id: string;
}

export interface EventRow {
  id: string;
  xid: string;
  type: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  subject_kind: string;
  subject_id: string;
  data: Record<string, unknown>;
}

/**
 * Below this transaction id every transaction of the database has finished, and no later one can
 * take an id below it (see gw_event_horizon in the migration). Its own statement: the statement
 * that reads events must take its snapshot after this one looked at the running transactions.
 */
async function horizon(trx: Tx): Promise<string> {
  const { rows } = await sql<{ h: string }>`select gw_event_horizon()::text as h`.execute(trx);
  return rows[0]!.h;
}

/**
 * The events after a position, in commit-safe order: by (xid, id), and only those of transactions
 * below the horizon, so nothing can later appear before a position already given out.
 */
export async function eventsAfter(
  trx: Tx,
  tenantId: string,
  after: FeedPosition,
  limit: number,
  types?: readonly string[],
): Promise<EventRow[]> {
  const below = await horizon(trx);
  const { rows } = await sql<EventRow>`
    select id::text, xid::text, type, occurred_at, actor_kind, actor_id, actor_name, subject_kind,
           subject_id, data
    from event
    where tenant_id = ${tenantId}
      and (xid, id) > (${after.xid}::xid8, ${after.id}::bigint)
      and xid < ${below}::xid8
      ${types ? sql`and type = any(${types}::text[])` : sql``}
    -- Qualified: the output columns of the same names are text, which would sort 100 before 98.
    order by event.xid, event.id
    limit ${limit}`.execute(trx);
  return rows;
}

/** Whether events after the position exist that are not safe to hand out yet. */
export async function hasEventsAfter(trx: Tx, tenantId: string, after: FeedPosition): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from event
      where tenant_id = ${tenantId} and (xid, id) > (${after.xid}::xid8, ${after.id}::bigint)
    ) as found`.execute(trx);
  return rows[0]?.found ?? false;
}

/** The position after the last event that is safe to hand out now: "from the present on". */
export async function headPosition(trx: Tx, tenantId: string): Promise<FeedPosition> {
  const below = await horizon(trx);
  const { rows } = await sql<FeedPosition>`
    select xid::text, id::text from event
    where tenant_id = ${tenantId} and xid < ${below}::xid8
    order by event.xid desc, event.id desc
    limit 1`.execute(trx);
  return rows[0] ?? { xid: '0', id: '0' };
}

export async function findEvent(trx: Tx, tenantId: string, id: string): Promise<EventRow | undefined> {
  const { rows } = await sql<EventRow>`
    select id::text, xid::text, type, occurred_at, actor_kind, actor_id, actor_name, subject_kind,
           subject_id, data
    from event where tenant_id = ${tenantId} and id = ${id}`.execute(trx);
  return rows[0];
}
