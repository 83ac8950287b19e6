import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

// The daily rollup. Analytics is a read model: this file, snapshot-repo.ts and live-repo.ts are
// the only places that read other modules' tables (lead_event, visit, opportunity, contract, deal,
// lead_state, lead, task), read-only, by the columns listed in docs/analytics.md (decision 0011).

/** The counted columns of analytics_daily, in the order the refresh writes them. */
export const ROLLUP_COLUMNS = [
  'claims',
  'releases',
  'recycles',
  'visits',
  'store_days',
  'far_visits',
  'first_visits',
  'opportunities',
  'signings',
  'renewals',
  'deals_online',
] as const;
export type RollupColumn = (typeof ROLLUP_COLUMNS)[number];
export type RollupCounts = Record<RollupColumn, number>;

/**
 * Recomputes the rollup of the local days [fromDay, toDay] from the events: deletes the days'
 * rows and inserts them again, in the caller's transaction, so a reader sees either the old or
 * the new figures of a day, never half of them. Answers the number of rows written.
 */
export async function refreshDays(
  trx: Tx,
  tenantId: string,
  range: { fromDay: string; toDay: string; timeZone: string },
): Promise<number> {
  const { fromDay, toDay, timeZone: tz } = range;
  // The instants bounding the local days; the day of each event is taken in the tenant's zone.
  const start = sql`(${fromDay}::date::timestamp at time zone ${tz})`;
  const end = sql`((${toDay}::date + 1)::timestamp at time zone ${tz})`;
  const dayOf = (column: string) => sql`(${sql.ref(column)} at time zone ${tz})::date`;
  await sql`delete from analytics_daily where tenant_id = ${tenantId} and day between ${fromDay}::date and ${toDay}::date`.execute(
    trx,
  );
  const result = await sql`
    insert into analytics_daily (tenant_id, day, user_id, ${sql.join(ROLLUP_COLUMNS.map((c) => sql.ref(c)))})
    select ${tenantId}, day, user_id, ${sql.join(ROLLUP_COLUMNS.map((c) => sql`sum(${sql.ref(c)})`))}
    from (
      select ${dayOf('e.at')} as day,
             case when e.kind = 'claimed' then e.to_owner else e.from_owner end as user_id,
             (e.kind = 'claimed')::int as claims, (e.kind = 'released')::int as releases,
             (e.kind = 'recycled')::int as recycles,
             0 as visits, 0 as store_days, 0 as far_visits, 0 as first_visits,
             0 as opportunities, 0 as signings, 0 as renewals, 0 as deals_online
      from lead_event e
      where e.tenant_id = ${tenantId} and e.at >= ${start} and e.at < ${end}
        and e.kind in ('claimed', 'released', 'recycled')
      union all
      select ${dayOf('v.at')}, v.user_id, 0, 0, 0,
             count(*), count(distinct v.lead_id), count(*) filter (where v.far),
             count(distinct v.lead_id) filter (where not exists (
               select 1 from visit p
               where p.tenant_id = v.tenant_id and p.lead_id = v.lead_id and p.user_id = v.user_id
                 and (p.at < v.at or (p.at = v.at and p.id < v.id)))),
             0, 0, 0, 0
      from visit v
      where v.tenant_id = ${tenantId} and v.at >= ${start} and v.at < ${end}
      group by 1, 2
      union all
      select ${dayOf('o.created_at')}, o.owner_id, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
      from opportunity o
      where o.tenant_id = ${tenantId} and o.created_at >= ${start} and o.created_at < ${end}
      union all
      select ${dayOf('c.signed_at')}, c.owner_id, 0, 0, 0, 0, 0, 0, 0, 0,
             (c.type = 'new')::int, (c.type = 'renewal')::int, 0
      from contract c
      where c.tenant_id = ${tenantId} and c.signed_at >= ${start} and c.signed_at < ${end}
      union all
      select ${dayOf('d.online_at')}, d.owner_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
      from deal d
      where d.tenant_id = ${tenantId} and d.online_at >= ${start} and d.online_at < ${end}
    ) events
    where user_id is not null
    group by day, user_id`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

export async function recordRefresh(
  trx: Tx,
  tenantId: string,
  state: { at: Date; fromDay: string; toDay: string },
): Promise<void> {
  await sql`
    insert into analytics_state (tenant_id, refreshed_at, refreshed_from, refreshed_to)
    values (${tenantId}, ${state.at}, ${state.fromDay}::date, ${state.toDay}::date)
    on conflict (tenant_id) do update set refreshed_at = excluded.refreshed_at,
      refreshed_from = least(analytics_state.refreshed_from, excluded.refreshed_from),
      refreshed_to = greatest(analytics_state.refreshed_to, excluded.refreshed_to)`.execute(trx);
}

export function refreshState(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('analytics_state')
    .select(['refreshed_at', 'refreshed_from', 'refreshed_to'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

/** The local day of the tenant's first event, where a backfill starts. */
export async function firstEventDay(trx: Tx, tenantId: string, timeZone: string): Promise<string | null> {
  const { rows } = await sql<{ day: string | null }>`
    select to_char(least(
      (select min(at) from lead_event where tenant_id = ${tenantId}),
      (select min(at) from visit where tenant_id = ${tenantId})
    ) at time zone ${timeZone}, 'YYYY-MM-DD') as day`.execute(trx);
  return rows[0]?.day ?? null;
}

/**
 * Sums of the rollup over a period, per user (userIds null: everyone of the tenant); one row per
 * user with any activity.
 */
export async function sumsByUser(
  trx: Tx,
  tenantId: string,
  filter: { fromDay: string; toDay: string; userIds: string[] | null },
): Promise<Array<RollupCounts & { user_id: string }>> {
  const { rows } = await sql<RollupCounts & { user_id: string }>`
    select user_id::text, ${sql.join(ROLLUP_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::int as ${sql.ref(c)}`))}
    from analytics_daily
    where tenant_id = ${tenantId} and day between ${filter.fromDay}::date and ${filter.toDay}::date
      ${filter.userIds === null ? sql`` : sql`and user_id = any(${filter.userIds}::bigint[])`}
    group by user_id`.execute(trx);
  return rows;
}

/** Sums of the rollup per day over a period (the trend chart). */
export async function sumsByDay(
  trx: Tx,
  tenantId: string,
  filter: { fromDay: string; toDay: string; userIds: string[] | null },
): Promise<Array<RollupCounts & { day: string }>> {
  const { rows } = await sql<RollupCounts & { day: string }>`
    select to_char(day, 'YYYY-MM-DD') as day,
      ${sql.join(ROLLUP_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::int as ${sql.ref(c)}`))}
    from analytics_daily
    where tenant_id = ${tenantId} and day between ${filter.fromDay}::date and ${filter.toDay}::date
      ${filter.userIds === null ? sql`` : sql`and user_id = any(${filter.userIds}::bigint[])`}
    group by day order by day`.execute(trx);
  return rows;
}
