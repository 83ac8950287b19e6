import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { refreshDeadline } from '../pool/service.ts';
import * as repo from './repo.ts';

/** Who should carry a tag: listed lead ids, or a query whose rows have a bigint column `id`. */
export type TagHolders = string[] | RawBuilder<{ id: string }>;

/** Ids named in an audit note at most; the counts are always complete. */
const AUDITED_IDS = 200;

/**
 * Makes `tag` sit on exactly the `holders` of the tenant: added where missing, removed from every
 * other lead, in two set-based statements. Other tags are untouched. A lead whose tags changed
 * gets its pool deadline recomputed, since pool rules may exempt tags (DESIGN §4).
 */
export async function syncTag(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  tag: string,
  holders: TagHolders,
): Promise<{ added: string[]; removed: string[] }> {
  const tenantId = actor.tenantId;
  const wanted = Array.isArray(holders) ? sql`select unnest(${holders}::bigint[]) as id` : holders;
  const at = deps.clock.now();
  const { rows } = await sql<{ id: string; change: 'added' | 'removed' }>`
    with wanted as (select distinct w.id::bigint as id from (${wanted}) w),
    added as (
      update lead set tags = array_append(tags, ${tag}::text), updated_at = ${at}
      where tenant_id = ${tenantId} and id in (select id from wanted) and not (tags @> array[${tag}::text])
      returning id
    ),
    removed as (
      update lead set tags = array_remove(tags, ${tag}::text), updated_at = ${at}
      where tenant_id = ${tenantId} and tags @> array[${tag}::text] and id not in (select id from wanted)
      returning id
    )
    select id::text, 'added' as change from added
    union all select id::text, 'removed' from removed`.execute(trx);
  const added = rows.filter((r) => r.change === 'added').map((r) => r.id);
  const removed = rows.filter((r) => r.change === 'removed').map((r) => r.id);
  const changed = [...added, ...removed];
  // Only a private lead has a deadline; read the changed ones in slices rather than one by one.
  for (let i = 0; i < changed.length; i += 1000) {
    const leads = await repo
      .selectLeads(trx, tenantId)
      .where('l.id', 'in', changed.slice(i, i + 1000))
      .where('s.status', '=', 'private')
      .execute();
    for (const lead of leads) await refreshDeadline(trx, deps, lead);
  }
  if (added.length + removed.length > 0) {
    await audit(trx, deps.clock, actor, {
      action: 'lead.tag_synced',
      object: 'tag',
      objectId: tag,
      note: {
        added: added.length,
        removed: removed.length,
        addedIds: added.slice(0, AUDITED_IDS),
        removedIds: removed.slice(0, AUDITED_IDS),
      },
    });
  }
  return { added, removed };
}

/** Leads of the tenant near a point (nearest first), not invalid: the candidates of a match. */
export async function leadsNear(
  trx: Tx,
  tenantId: string,
  probe: { lat: number; lng: number; radiusM: number; limit: number },
) {
  const { rows } = await sql<{ id: string; name: string; lat: number; lng: number }>`
    select id::text as id, name, lat, lng
    from gw_duplicate_candidates(${tenantId}::bigint, ${probe.lat}::float8, ${probe.lng}::float8,
      '{}'::text[], ${probe.radiusM}::float8, null::bigint, ${probe.limit}::integer)`.execute(trx);
  return rows;
}

/** The name, address and tags of some leads, for lists of another module that show their merchant. */
export async function leadSummaries(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('lead')
    .select(['id', 'name', 'address', 'city_id', 'category', 'tags', 'lat', 'lng'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/**
 * The lead columns a tag rule may test, as the SQL of `leadsWhere` names them (l: lead,
 * s: lead_state). Listed here so the lead's table stays this module's business.
 */
export const RULE_COLUMNS = {
  category: sql.ref('l.category'),
  cityId: sql.ref('l.city_id'),
  kind: sql.ref('l.kind'),
  channel: sql.ref('l.channel'),
  status: sql.ref('s.status'),
  tags: sql.ref('l.tags'),
  attrs: sql.ref('l.attrs'),
  id: sql.ref('l.id'),
} as const;

/** The ids of the tenant's valid leads meeting a condition over RULE_COLUMNS. */
export const leadsWhere = (
  tenantId: string,
  where: RawBuilder<unknown>,
  joins: RawBuilder<unknown> = sql``,
) =>
  sql<{ id: string }>`select l.id from lead l
    join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
    ${joins}
    where l.tenant_id = ${tenantId} and s.status <> 'invalid' and (${where})`;

/**
 * Each valid lead with a positive value in `values` (rows lead_id, value), ranked within its city
 * (or the whole tenant): rows (id, rk, n), rk by rank() so that ties share a place.
 */
export const rankedLeads = (
  tenantId: string,
  values: RawBuilder<{ lead_id: string }>,
  valueColumn: string,
  per: 'city' | 'tenant',
) => sql<{ id: string; rk: string; n: string }>`select l.id,
    rank() over (${per === 'city' ? sql`partition by l.city_id` : sql``} order by v.${sql.ref(valueColumn)} desc) as rk,
    count(*) over (${per === 'city' ? sql`partition by l.city_id` : sql``}) as n
  from lead l
  join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
  join (${values}) v on v.lead_id = l.id
  where l.tenant_id = ${tenantId} and s.status <> 'invalid' and v.${sql.ref(valueColumn)} > 0`;
