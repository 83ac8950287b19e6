import type pg from 'pg';
import { withoutIndexes } from './indexes.ts';
import type { LeadPlan } from './leads.ts';
import type { World } from './world.ts';

/**
 * What a year of a tenant's pipeline leaves behind, beside its visits, for the dashboards to read
 * live or snapshot: one lead in twenty signed by a BD, the deals put online over the last 365 days
 * (not all today, as the deal loader leaves them), and to-dos due over the same year — most done,
 * some late, some still open. Set-based, like the other loaders.
 */
export async function loadPipeline(
  owner: pg.Client,
  world: World,
  plan: LeadPlan,
  tasks: number,
): Promise<{ signed: number; deals: number; tasks: number; seconds: number }> {
  const started = performance.now();
  const bds = world.bds.map((b) => b.id);
  const signed = await owner.query(
    `update lead_state set status = 'signed', owner_id = ($2::bigint[])[1 + lead_id % cardinality($2::bigint[])],
            claimed_at = null, deadline_at = null, deadline_reason = null, updated_at = now()
      where tenant_id = $1 and status = 'public' and lead_id % 20 = 0`,
    [world.tenantId, bds],
  );
  const deals = await withoutIndexes(owner, 'deal', () =>
    owner.query(
      `update deal set online_at = now() - random() * interval '365 days'
        where tenant_id = $1 and online_at is not null`,
      [world.tenantId],
    ),
  );
  const existing = await owner.query<{ n: string }>('select count(*) as n from task where tenant_id = $1', [
    world.tenantId,
  ]);
  const missing = Math.max(0, tasks - Number(existing.rows[0]!.n));
  await withoutIndexes(owner, 'task', () =>
    owner.query(
      `insert into task (tenant_id, assignee_id, lead_id, kind, title, due_at, status, done_at, created_by,
                         created_at, updated_at)
       select $1, bds[1 + floor(random() * cardinality(bds))::int], $2::bigint + floor(random() * $3)::bigint,
              'follow_up', '回访门店', t.due,
              case when t.k < 0.75 then 'done' when t.k < 0.85 then 'open' when t.k < 0.9 then 'doing'
                   when t.k < 0.95 then 'rejected' else 'escalated' end,
              case when t.k < 0.75 then t.due + (random() - 0.8) * interval '3 days' end,
              'bench', t.due - interval '7 days', t.due
         from (select now() - random() * interval '365 days' + interval '14 days' as due, random() as k
                 from generate_series(1, $4::int)) t,
              (select $5::bigint[] as bds) b`,
      [world.tenantId, plan.firstId, plan.count, missing, bds],
    ),
  );
  await owner.query('vacuum (analyze) lead_state');
  return {
    signed: signed.rowCount ?? 0,
    deals: deals.rowCount ?? 0,
    tasks: missing,
    seconds: (performance.now() - started) / 1000,
  };
}
