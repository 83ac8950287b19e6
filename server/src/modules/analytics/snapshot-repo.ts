import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import type { HoldingCounts } from './live-repo.ts';

// The figures about the present, counted by the analytics job (decision 0011, point 5): per
// person their private and signed holdings, per city its public pool. Read-only over lead_state
// and lead, like rollup-repo.ts.

/**
 * Recounts both tables of one tenant whole, in the caller's transaction: a reader sees the old
 * or the new snapshot, never half of one. Answers the rows written.
 */
export async function refreshSnapshot(
  trx: Tx,
  tenantId: string,
  at: { expiringBefore: Date },
): Promise<number> {
  await sql`delete from analytics_holding where tenant_id = ${tenantId}`.execute(trx);
  await sql`delete from analytics_pool where tenant_id = ${tenantId}`.execute(trx);
  const holdings = await sql`
    insert into analytics_holding (tenant_id, user_id, private_leads, expiring_soon, claimed_leads,
                                   claimed_epoch_sum, signed_merchants, ops_covered)
    select ${tenantId}, user_id, sum(private_leads), sum(expiring_soon), sum(claimed_leads),
           sum(claimed_epoch_sum), sum(signed_merchants), sum(ops_covered)
    from (
      select s.owner_id as user_id, count(*) as private_leads,
             count(*) filter (where s.deadline_at < ${at.expiringBefore}) as expiring_soon,
             count(s.claimed_at) as claimed_leads,
             coalesce(sum(extract(epoch from s.claimed_at)), 0)::float8 as claimed_epoch_sum,
             0 as signed_merchants, 0 as ops_covered
      from lead_state s
      where s.tenant_id = ${tenantId} and s.status = 'private' and s.owner_id is not null
      group by s.owner_id
      union all
      select s.owner_id, 0, 0, 0, 0, count(*), count(l.ops_owner_id)
      from lead_state s
      join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
      where s.tenant_id = ${tenantId} and s.status = 'signed' and s.owner_id is not null
      group by s.owner_id
    ) counted
    group by user_id`.execute(trx);
  const pool = await sql`
    insert into analytics_pool (tenant_id, city_id, public_leads)
    select ${tenantId}, l.city_id, count(*)
    from lead_state s
    join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
    where s.tenant_id = ${tenantId} and s.status = 'public'
    group by l.city_id`.execute(trx);
  return Number(holdings.numAffectedRows ?? 0) + Number(pool.numAffectedRows ?? 0);
}

/**
 * Per person of the snapshot (userIds null: everyone), their holdings; the hold time is summed
 * up to `now`, the reader's instant.
 */
export async function holdingsByUser(
  trx: Tx,
  tenantId: string,
  f: { userIds: string[] | null; now: Date },
): Promise<Array<HoldingCounts & { user_id: string }>> {
  const { rows } = await sql<HoldingCounts & { user_id: string }>`
    select user_id::text, private_leads, expiring_soon,
           (claimed_leads * ${f.now.getTime() / 1000}::float8 - claimed_epoch_sum) as hold_seconds,
           signed_merchants, ops_covered
    from analytics_holding
    where tenant_id = ${tenantId}
      ${f.userIds === null ? sql`` : sql`and user_id = any(${f.userIds}::bigint[])`}`.execute(trx);
  return rows;
}

/** Leads in the public pool, of some cities (null: the whole tenant), as of the snapshot. */
export async function publicPoolSize(trx: Tx, tenantId: string, cityIds: string[] | null): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(public_leads), 0)::int as n from analytics_pool
    where tenant_id = ${tenantId}
      ${cityIds === null ? sql`` : sql`and city_id = any(${cityIds}::bigint[])`}`.execute(trx);
  return rows[0]?.n ?? 0;
}
