import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

// Figures that change long after their day (deal sales, task completion): read at request time,
// per person, from the owning modules' tables (read-only; decision 0011). The figures about the
// present (holdings, the public pool) are counted by the analytics job: snapshot-repo.ts.

/** What a person holds now, from the job's snapshot. */
export interface HoldingCounts {
  private_leads: number;
  expiring_soon: number;
  hold_seconds: number;
  signed_merchants: number;
  ops_covered: number;
}

/** What happened in the period to the person's deals and to-dos, read live. */
export interface ActivityCounts {
  sales: number;
  tasks_due: number;
  tasks_done: number;
  tasks_done_late: number;
  tasks_overdue: number;
}

export type LiveCounts = HoldingCounts & ActivityCounts;

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

export interface ActivityFilter {
  userIds: string[] | null;
  /** The period as instants: [start, end). */
  start: Date;
  end: Date;
  now: Date;
}

/** Sales of the deals put online in the period and the to-dos due in it, per person. */
export async function activityByUser(
  trx: Tx,
  tenantId: string,
  f: ActivityFilter,
): Promise<Array<ActivityCounts & { user_id: string }>> {
  const { rows } = await sql<ActivityCounts & { user_id: string }>`
    select d.owner_id::text as user_id, sum(d.sales_count)::float8 as sales,
           0 as tasks_due, 0 as tasks_done, 0 as tasks_done_late, 0 as tasks_overdue
    from deal d
    where d.tenant_id = ${tenantId} and d.online_at >= ${f.start} and d.online_at < ${f.end}
      ${users('d.owner_id', f.userIds)}
    group by d.owner_id
    union all
    select t.assignee_id::text, 0, count(*),
           count(*) filter (where t.status = 'done'),
           count(*) filter (where t.status = 'done' and t.done_at > t.due_at),
           count(*) filter (where t.status in ('open', 'doing', 'escalated') and t.due_at < ${f.now})
    from task t
    where t.tenant_id = ${tenantId} and t.due_at >= ${f.start} and t.due_at < ${f.end} ${users('t.assignee_id', f.userIds)}
    group by t.assignee_id`.execute(trx);
  return rows;
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
