import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

// Figures that describe the present (pool, coverage) or that change long after their day (deal
// sales, task completion): read at request time, per person, from the owning modules' tables
// (read-only; decision 0011).

export interface LiveCounts {
  private_leads: number;
  expiring_soon: number;
  hold_seconds: number;
  signed_merchants: number;
  ops_covered: number;
  sales: number;
  tasks_due: number;
  tasks_done: number;
  tasks_done_late: number;
  tasks_overdue: number;
}

export const LIVE_COLUMNS: ReadonlyArray<keyof LiveCounts> = [
  'private_leads',
  'expiring_soon',
  'hold_seconds',
  'signed_merchants',
  'ops_covered',
  'sales',
  'tasks_due',
  'tasks_done',
  'tasks_done_late',
  'tasks_overdue',
];

const users = (column: string, userIds: string[] | null) =>
  userIds === null ? sql`` : sql`and ${sql.ref(column)} = any(${userIds}::bigint[])`;

export interface LiveFilter {
  userIds: string[] | null;
  /** The period as instants: [start, end). */
  start: Date;
  end: Date;
  now: Date;
  expiringBefore: Date;
}

/** The live figures per person with any of them (userIds null: everyone of the tenant). */
export async function liveByUser(
  trx: Tx,
  tenantId: string,
  f: LiveFilter,
): Promise<Array<LiveCounts & { user_id: string }>> {
  const { rows } = await sql<LiveCounts & { user_id: string }>`
    select user_id::text, ${sql.join(LIVE_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::float8 as ${sql.ref(c)}`))}
    from (
      select s.owner_id as user_id, count(*) as private_leads,
             count(*) filter (where s.deadline_at < ${f.expiringBefore}) as expiring_soon,
             coalesce(sum(extract(epoch from (${f.now}::timestamptz - s.claimed_at))), 0) as hold_seconds,
             0 as signed_merchants, 0 as ops_covered, 0 as sales,
             0 as tasks_due, 0 as tasks_done, 0 as tasks_done_late, 0 as tasks_overdue
      from lead_state s
      where s.tenant_id = ${tenantId} and s.status = 'private' and s.owner_id is not null ${users('s.owner_id', f.userIds)}
      group by s.owner_id
      union all
      select s.owner_id, 0, 0, 0, count(*), count(l.ops_owner_id), 0, 0, 0, 0, 0
      from lead_state s
      join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
      where s.tenant_id = ${tenantId} and s.status = 'signed' and s.owner_id is not null ${users('s.owner_id', f.userIds)}
      group by s.owner_id
      union all
      select d.owner_id, 0, 0, 0, 0, 0, sum(d.sales_count), 0, 0, 0, 0
      from deal d
      where d.tenant_id = ${tenantId} and d.online_at >= ${f.start} and d.online_at < ${f.end} ${users('d.owner_id', f.userIds)}
      group by d.owner_id
      union all
      select t.assignee_id, 0, 0, 0, 0, 0, 0, count(*),
             count(*) filter (where t.status = 'done'),
             count(*) filter (where t.status = 'done' and t.done_at > t.due_at),
             count(*) filter (where t.status in ('open', 'doing', 'escalated') and t.due_at < ${f.now})
      from task t
      where t.tenant_id = ${tenantId} and t.due_at >= ${f.start} and t.due_at < ${f.end} ${users('t.assignee_id', f.userIds)}
      group by t.assignee_id
    ) live
    group by user_id`.execute(trx);
  return rows;
}

/** Leads in the public pool, of some cities (null: the whole tenant). */
export async function publicPoolSize(trx: Tx, tenantId: string, cityIds: string[] | null): Promise<number> {
  const { rows } =
    cityIds === null
      ? await sql<{ n: number }>`
          select count(*)::int as n from lead_state where tenant_id = ${tenantId} and status = 'public'`.execute(
          trx,
        )
      : await sql<{ n: number }>`
          select count(*)::int as n from lead l
          join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
          where l.tenant_id = ${tenantId} and l.city_id = any(${cityIds}::bigint[]) and s.status = 'public'`.execute(
          trx,
        );
  return rows[0]?.n ?? 0;
}

export interface MerchantRow {
  lead_id: string;
  name: string;
  status: string;
  visits: number;
  last_visit_at: Date | null;
  signed_at: Date | null;
  deals_online: number;
  sales: number;
  ops_owner_id: string | null;
}

/**
 * The merchants a BD holds (private or signed) with what happened to each in the period: the
 * last level of the drill-down. Most visited first, at most `limit`.
 */
export async function merchantsOf(
  trx: Tx,
  tenantId: string,
  f: { userId: string; start: Date; end: Date; limit: number },
): Promise<MerchantRow[]> {
  const { rows } = await sql<MerchantRow>`
    select s.lead_id::text, l.name, s.status, coalesce(v.visits, 0)::int as visits, v.last_visit_at,
           c.signed_at, coalesce(d.online, 0)::int as deals_online, coalesce(d.sales, 0)::int as sales,
           l.ops_owner_id::text
    from lead_state s
    join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
    left join lateral (
      select count(*) as visits, max(at) as last_visit_at from visit
      where tenant_id = s.tenant_id and lead_id = s.lead_id and user_id = ${f.userId}
        and at >= ${f.start} and at < ${f.end}) v on true
    left join lateral (
      select max(signed_at) as signed_at from contract
      where tenant_id = s.tenant_id and lead_id = s.lead_id and owner_id = ${f.userId} and signed_at is not null) c on true
    left join lateral (
      select count(*) filter (where status = 'online') as online,
             sum(sales_count) filter (where online_at >= ${f.start} and online_at < ${f.end}) as sales
      from deal where tenant_id = s.tenant_id and lead_id = s.lead_id) d on true
    where s.tenant_id = ${tenantId} and s.owner_id = ${f.userId} and s.status in ('private', 'signed')
    order by visits desc, s.lead_id
    limit ${f.limit}`.execute(trx);
  return rows;
}
