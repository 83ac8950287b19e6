import type pg from 'pg';
import { withoutIndexes } from './indexes.ts';
import type { LeadPlan } from './leads.ts';
import type { World } from './world.ts';

/**
 * Tops the visit table up to `total` rows in one set-based statement (generate_series): random
 * BDs at random stores of the tenant over the last 365 days, one in twenty far from the store.
 * The secondary indexes are dropped and rebuilt around it (withoutIndexes).
 */
export async function loadVisits(
  owner: pg.Client,
  world: World,
  plan: LeadPlan,
  total: number,
): Promise<{ added: number; seconds: number }> {
  const started = performance.now();
  const { rows } = await owner.query<{ n: string }>('select count(*) as n from visit where tenant_id = $1', [
    world.tenantId,
  ]);
  const missing = total - Number(rows[0]!.n);
  if (missing <= 0) return { added: 0, seconds: 0 };
  await withoutIndexes(owner, 'visit', () =>
    owner.query(
      `insert into visit (tenant_id, lead_id, user_id, at, lat, lng, distance_m, far, kind, created_at)
       select $1, $2::bigint + floor(random() * $3)::bigint, bds[1 + floor(random() * cardinality(bds))::int],
              v.at, 39.9, 116.4, case when v.far then 600 + random() * 2400 else random() * 200 end, v.far,
              'follow_up', v.at
         from (select now() - random() * interval '365 days' as at, random() < 0.05 as far
                 from generate_series(1, $4::int)) v,
              (select $5::bigint[] as bds) b`,
      [world.tenantId, plan.firstId, plan.count, missing, world.bds.map((b) => b.id)],
    ),
  );
  return { added: missing, seconds: (performance.now() - started) / 1000 };
}
