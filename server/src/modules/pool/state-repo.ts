import { sql } from 'kysely';
import type { DeadlineReason, LeadStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export async function insertState(
  trx: Tx,
  tenantId: string,
  state: { leadId: string; status: LeadStatus; poolId: string | null; at: Date },
) {
  await trx
    .insertInto('lead_state')
    .values({
      tenant_id: tenantId,
      lead_id: state.leadId,
      status: state.status,
      pool_id: state.poolId,
      updated_at: state.at,
    })
    .execute();
}

export function lockState(trx: Tx, tenantId: string, leadId: string) {
  return trx
    .selectFrom('lead_state')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .forUpdate()
    .executeTakeFirst();
}

export interface Ownership {
  ownerId: string;
  claimedAt: Date;
  deadlineAt: Date | null;
  reason: DeadlineReason | null;
}

/** A fresh private ownership: the clock of every rule starts again. */
const ownedBy = (own: Ownership) => ({
  status: 'private' as const,
  owner_id: own.ownerId,
  claimed_at: own.claimedAt,
  last_visit_at: null,
  deadline_at: own.deadlineAt,
  deadline_reason: own.reason,
  extensions_used: 0,
  self_extensions_used: 0,
  updated_at: own.claimedAt,
});

/** The claim itself: succeeds only while the lead is still public in the expected pool. */
export async function takePublic(trx: Tx, tenantId: string, leadId: string, poolId: string, own: Ownership) {
  const row = await trx
    .updateTable('lead_state')
    .set(ownedBy(own))
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('status', '=', 'public')
    .where('pool_id', '=', poolId)
    .returning('lead_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves a lead held by `fromOwner` (or public when null) to a new owner, for assignments. */
export async function reassign(
  trx: Tx,
  tenantId: string,
  leadId: string,
  fromOwner: string | null,
  own: Ownership,
) {
  let query = trx
    .updateTable('lead_state')
    .set(ownedBy(own))
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId);
  query =
    fromOwner === null
      ? query.where('status', '=', 'public')
      : query.where('status', '=', 'private').where('owner_id', '=', fromOwner);
  return (await query.returning('lead_id').executeTakeFirst()) !== undefined;
}

/** Back to the public pool (release, or a lead whose owner left). */
export async function makePublic(
  trx: Tx,
  tenantId: string,
  leadId: string,
  fromOwner: string,
  poolId: string,
  at: Date,
) {
  const row = await trx
    .updateTable('lead_state')
    .set({
      status: 'public',
      owner_id: null,
      pool_id: poolId,
      claimed_at: null,
      last_visit_at: null,
      deadline_at: null,
      deadline_reason: null,
      extensions_used: 0,
      self_extensions_used: 0,
      updated_at: at,
    })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('status', '=', 'private')
    .where('owner_id', '=', fromOwner)
    .returning('lead_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function setDeadline(
  trx: Tx,
  tenantId: string,
  leadId: string,
  ownerId: string,
  changes: {
    deadlineAt: Date | null;
    reason: DeadlineReason | null;
    lastVisitAt?: Date | null;
    extensionsUsed?: number;
    selfExtensionsUsed?: number;
    at: Date;
  },
) {
  const row = await trx
    .updateTable('lead_state')
    .set({
      deadline_at: changes.deadlineAt,
      deadline_reason: changes.reason,
      ...(changes.lastVisitAt !== undefined && { last_visit_at: changes.lastVisitAt }),
      ...(changes.extensionsUsed !== undefined && { extensions_used: changes.extensionsUsed }),
      ...(changes.selfExtensionsUsed !== undefined && { self_extensions_used: changes.selfExtensionsUsed }),
      updated_at: changes.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('status', '=', 'private')
    .where('owner_id', '=', ownerId)
    .returning('lead_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function setStatus(
  trx: Tx,
  tenantId: string,
  leadId: string,
  from: LeadStatus[],
  to: { status: LeadStatus; poolId?: string | null; at: Date },
) {
  const row = await trx
    .updateTable('lead_state')
    .set({ status: to.status, ...(to.poolId !== undefined && { pool_id: to.poolId }), updated_at: to.at })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('status', 'in', from)
    .returning('lead_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Makes sure a counter row exists, so that the conditional update below has a row to test. */
export async function ensureQuota(trx: Tx, tenantId: string, userId: string) {
  await trx
    .insertInto('pool_quota')
    .values({ tenant_id: tenantId, user_id: userId })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doNothing())
    .execute();
}

/**
 * Takes one place under the cap (and, for claims, one of today's claims) in a single conditional
 * UPDATE: concurrent claims of one BD queue on this row and none can pass the cap.
 */
export async function takeQuota(
  trx: Tx,
  tenantId: string,
  userId: string,
  limits: { maxPrivate: number | null; day: string; dailyCap: number | null },
) {
  let query = trx
    .updateTable('pool_quota')
    .set({
      private_count: sql`private_count + 1`,
      ...(limits.dailyCap !== null && {
        claims_today: sql`case when claims_day = ${limits.day}::date then claims_today + 1 else 1 end`,
        claims_day: limits.day,
      }),
    })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId);
  if (limits.maxPrivate !== null) query = query.where('private_count', '<', limits.maxPrivate);
  if (limits.dailyCap !== null) {
    query = query.where(
      sql<boolean>`(claims_day is distinct from ${limits.day}::date or claims_today < ${limits.dailyCap})`,
    );
  }
  return (await query.returning('private_count').executeTakeFirst()) !== undefined;
}

export function readQuota(trx: Tx, tenantId: string, userId: string) {
  return trx
    .selectFrom('pool_quota')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The claim counters of some users, in one statement (a user who never claimed has no row). */
export function quotasOf(trx: Tx, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('pool_quota')
    .select(['user_id', 'private_count', 'claims_day', 'claims_today'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', 'in', userIds)
    .execute();
}

export async function giveBackQuota(trx: Tx, tenantId: string, userId: string, count = 1) {
  await trx
    .updateTable('pool_quota')
    .set({ private_count: sql`greatest(private_count - ${count}, 0)` })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .execute();
}

export interface SweptLead {
  lead_id: string;
  owner_id: string;
  reason: DeadlineReason;
}

/**
 * One batch of the sweep, set-based in a single statement: lock the due rows (skipping any a
 * claim, a visit or a release holds right now), make them public in their pool or the pool they
 * rotate to, write their history and give the owners their places back.
 */
export async function recycleBatch(
  trx: Tx,
  tenantId: string,
  options: { asOf: Date; now: Date; batchSize: number; actorName: string },
): Promise<SweptLead[]> {
  const result = await sql<SweptLead>`
    with due as (
      select lead_id, owner_id, deadline_reason, pool_id
      from lead_state
      where tenant_id = ${tenantId} and status = 'private' and deadline_at <= ${options.asOf}
      order by deadline_at
      limit ${options.batchSize}
      for update skip locked
    ), recycled as (
      update lead_state s
      set status = 'public', owner_id = null, claimed_at = null, last_visit_at = null, deadline_at = null,
          deadline_reason = null, extensions_used = 0, self_extensions_used = 0,
          pool_id = coalesce(p.rotate_to_pool_id, due.pool_id), updated_at = ${options.now}
      from due
      left join pool p on p.tenant_id = ${tenantId} and p.id = due.pool_id
      where s.tenant_id = ${tenantId} and s.lead_id = due.lead_id
      returning s.lead_id, due.owner_id, due.deadline_reason as reason, due.pool_id as from_pool, s.pool_id as to_pool
    ), history as (
      insert into lead_event (tenant_id, lead_id, at, actor_kind, actor_id, actor_name, kind, from_status, to_status,
                              from_owner, to_owner, reason, detail)
      select ${tenantId}, lead_id, ${options.now}, 'system', null, ${options.actorName}, 'recycled', 'private', 'public',
             owner_id, null, reason,
             case when from_pool is distinct from to_pool
                  then jsonb_build_object('fromPoolId', from_pool::text, 'toPoolId', to_pool::text) else '{}'::jsonb end
      from recycled
    ), quotas as (
      update pool_quota q set private_count = greatest(q.private_count - c.n, 0)
      from (select owner_id, count(*)::int as n from recycled group by owner_id) c
      where q.tenant_id = ${tenantId} and q.user_id = c.owner_id
    )
    select lead_id::text, owner_id::text, reason from recycled`.execute(trx);
  return result.rows;
}

export async function dueLeads(trx: Tx, tenantId: string, asOf: Date, limit: number) {
  const [rows, count] = await Promise.all([
    trx
      .selectFrom('lead_state')
      .select(['lead_id', 'owner_id', 'deadline_reason', 'deadline_at'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'private')
      .where('deadline_at', '<=', asOf)
      .orderBy('deadline_at')
      .limit(limit)
      .execute(),
    trx
      .selectFrom('lead_state')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'private')
      .where('deadline_at', '<=', asOf)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(count.n) };
}

/** Private leads whose deadline falls before `until`, soonest first, for reminders. */
export function expiring(
  trx: Tx,
  tenantId: string,
  filter: { ownerIds: string[] | null; until: Date; limit: number },
) {
  let query = trx
    .selectFrom('lead_state as s')
    .innerJoin('lead as l', (join) =>
      join.onRef('l.tenant_id', '=', 's.tenant_id').onRef('l.id', '=', 's.lead_id'),
    )
    .select(['s.lead_id', 'l.name', 's.owner_id', 's.deadline_at', 's.deadline_reason', 's.pool_id'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.status', '=', 'private')
    .where('s.deadline_at', '<=', filter.until);
  if (filter.ownerIds !== null) {
    query =
      filter.ownerIds.length > 0
        ? query.where('s.owner_id', 'in', filter.ownerIds)
        : query.where(sql.lit(false));
  }
  return query.orderBy('s.deadline_at').limit(filter.limit).execute();
}

export async function insertStates(
  trx: Tx,
  tenantId: string,
  rows: Array<{ leadId: string; status: LeadStatus; poolId: string | null }>,
  at: Date,
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('lead_state')
    .values(
      rows.map((r) => ({
        tenant_id: tenantId,
        lead_id: r.leadId,
        status: r.status,
        pool_id: r.poolId,
        updated_at: at,
      })),
    )
    .execute();
}

/** A signed merchant leaves the pool rules: no deadline, and its place under the cap is free. */
export async function markSigned(trx: Tx, tenantId: string, leadId: string, at: Date) {
  const row = await trx
    .updateTable('lead_state')
    .set({ status: 'signed', deadline_at: null, deadline_reason: null, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('status', '=', 'private')
    .returning('owner_id')
    .executeTakeFirst();
  return row?.owner_id ?? null;
}

/**
 * One owner's private leads whose deadline is before `until`, soonest first, keyset on
 * (deadline_at, lead_id): the pool reminders of the to-do center.
 */
export function reminderPage(
  trx: Tx,
  tenantId: string,
  filter: { ownerId: string; until: Date; after?: { due: string; id: string }; limit: number },
) {
  let query = trx
    .selectFrom('lead_state as s')
    .select(['s.lead_id', 's.deadline_at', 's.deadline_reason'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.status', '=', 'private')
    .where('s.owner_id', '=', filter.ownerId)
    .where('s.deadline_at', '<=', filter.until);
  if (filter.after !== undefined)
    query = query.where(
      sql<boolean>`(s.deadline_at, s.lead_id) > (${filter.after.due}::timestamptz, ${filter.after.id}::bigint)`,
    );
  return query.orderBy('s.deadline_at').orderBy('s.lead_id').limit(filter.limit).execute();
}
