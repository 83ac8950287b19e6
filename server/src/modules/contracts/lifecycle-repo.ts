import { sql } from 'kysely';
import type { ContractStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export interface ContractEventInput {
  contractId: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  fromStatus: ContractStatus | null;
  toStatus: ContractStatus;
  note?: string | null;
}

export async function insertEvent(trx: Tx, tenantId: string, e: ContractEventInput): Promise<void> {
  await trx
    .insertInto('contract_event')
    .values({
      tenant_id: tenantId,
      contract_id: e.contractId,
      at: e.at,
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      actor_name: e.actorName,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      note: e.note ?? null,
    })
    .execute();
}

export function listEvents(trx: Tx, tenantId: string, contractId: string) {
  return trx
    .selectFrom('contract_event')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .orderBy('id')
    .limit(500)
    .execute();
}

/** Who moves them: the scheduled job (system) or an administrator running it by hand. */
export interface MovingActor {
  kind: string;
  id: string | null;
  name: string;
}

export interface MovedContract {
  id: string;
  lead_id: string;
  owner_id: string;
}

/**
 * One batch of a lifecycle step in one statement: lock the due contracts (skipping any a user is
 * changing right now; the next run takes them), move them, write their history.
 */
async function moveBatch(
  trx: Tx,
  tenantId: string,
  step: { from: ContractStatus; to: ContractStatus; due: ReturnType<typeof sql>; note: string },
  options: { now: Date; batchSize: number; actor: MovingActor },
): Promise<MovedContract[]> {
  const ended = step.to === 'expired' ? sql`${options.now}::timestamptz` : sql`c.ended_at`;
  const result = await sql<MovedContract>`
    with due as (
      select id from contract
      where tenant_id = ${tenantId} and status = ${step.from} and ${step.due}
      order by id
      limit ${options.batchSize}
      for update skip locked
    ), moved as (
      update contract c set status = ${step.to}, ended_at = ${ended}, updated_at = ${options.now}
      from due
      where c.tenant_id = ${tenantId} and c.id = due.id
      returning c.id, c.lead_id, c.owner_id
    ), history as (
      insert into contract_event (tenant_id, contract_id, at, actor_kind, actor_id, actor_name, from_status, to_status, note)
      select ${tenantId}, id, ${options.now}, ${options.actor.kind}, ${options.actor.id}, ${options.actor.name},
             ${step.from}, ${step.to}, ${step.note}
      from moved
    )
    select id::text, lead_id::text, owner_id::text from moved`.execute(trx);
  return result.rows;
}

/** Signed contracts whose first day has come (in the tenant's calendar) become active. */
export function activateBatch(
  trx: Tx,
  tenantId: string,
  options: { today: string; now: Date; batchSize: number; actor: MovingActor },
) {
  return moveBatch(
    trx,
    tenantId,
    { from: 'signed', to: 'active', due: sql`start_on <= ${options.today}::date`, note: 'start_on reached' },
    options,
  );
}

/** Active contracts whose last day has passed become expired. */
export function expireBatch(
  trx: Tx,
  tenantId: string,
  options: { today: string; now: Date; batchSize: number; actor: MovingActor },
) {
  return moveBatch(
    trx,
    tenantId,
    { from: 'active', to: 'expired', due: sql`end_on < ${options.today}::date`, note: 'end_on passed' },
    options,
  );
}

/**
 * Contracts still in force for a merchant: `signed` or `active`, and no later contract of the
 * merchant takes over (a renewal being drafted, approved or signed, or any contract in force that
 * ends later). These are the ones a renewal is due for.
 */
const NOT_RENEWED = sql<boolean>`not exists (
  select 1 from contract r
  where r.tenant_id = c.tenant_id and r.lead_id = c.lead_id and r.id <> c.id
    and ((r.type = 'renewal' and r.created_at >= c.created_at and r.status in ('draft', 'pending_approval', 'approved', 'rejected', 'signed', 'active'))
         or (r.status in ('signed', 'active') and r.end_on > c.end_on)))`;

/** Contracts in force ending within [from, until] with no renewal under way, by id (keyset). */
export function endingWithoutRenewal(
  trx: Tx,
  tenantId: string,
  filter: { from: string; until: string; afterId?: string; limit: number; leadIds?: string[] },
) {
  let query = trx
    .selectFrom('contract as c')
    .select(['c.id', 'c.lead_id', 'c.owner_id', 'c.title', 'c.status', 'c.start_on', 'c.end_on'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.status', 'in', ['signed', 'active'])
    .where('c.end_on', '>=', filter.from)
    .where('c.end_on', '<=', filter.until)
    .where(NOT_RENEWED);
  if (filter.afterId !== undefined) query = query.where('c.id', '>', filter.afterId);
  if (filter.leadIds !== undefined) {
    query =
      filter.leadIds.length > 0
        ? query.where('c.lead_id', '=', sql<string>`any(${filter.leadIds}::bigint[])`)
        : query.where(sql.lit(false));
  }
  return query.orderBy('c.id').limit(filter.limit).execute();
}

/** For each merchant: the contract in force that ends last, if any. */
export function contractsInForce(trx: Tx, tenantId: string, leadIds: string[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('contract as c')
    .select(['c.id', 'c.lead_id', 'c.owner_id', 'c.title', 'c.status', 'c.start_on', 'c.end_on'])
    .distinctOn('c.lead_id')
    .where('c.tenant_id', '=', tenantId)
    .where('c.lead_id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .where('c.status', 'in', ['signed', 'active'])
    .orderBy('c.lead_id')
    .orderBy('c.end_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/** For each merchant: the newest renewal contract still being prepared (not yet in force). */
export function renewalsUnderWay(trx: Tx, tenantId: string, leadIds: string[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('contract as c')
    .select(['c.id', 'c.lead_id', 'c.status'])
    .distinctOn('c.lead_id')
    .where('c.tenant_id', '=', tenantId)
    .where('c.lead_id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .where('c.type', '=', 'renewal')
    .where('c.status', 'in', ['draft', 'pending_approval', 'approved', 'rejected'])
    .orderBy('c.lead_id')
    .orderBy('c.id', 'desc')
    .execute();
}
