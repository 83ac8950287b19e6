import { type Expression, sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/roles.ts';
import { cityManagerExpr } from '../../platform/users/scope.ts';
import { filteredLeads, nameContains } from './repo.ts';
import { leadListFilter, type ParsedLeadFilter } from './service.ts';

/**
 * Who looks after a merchant now, as campaigns and reassignment see it: its ops owner once handed
 * over, else its BD owner while it is private or signed, else the manager of its city (a public
 * lead has no one else). `keeper_kind` says which of the three it was.
 */
const keeper = (tenantId: string) =>
  sql<string | null>`coalesce(l.ops_owner_id, case when s.status in ('private', 'signed') then s.owner_id end,
    ${cityManagerExpr(tenantId, sql<string>`l.city_id`)})`;
const keeperKind = sql<string>`case when l.ops_owner_id is not null then 'ops'
  when s.status in ('private', 'signed') and s.owner_id is not null then 'bd' else 'city_manager' end`;

/** What a campaign targets: leads by the lead-list filter, or the merchants of some deals. */
export type LeadTarget =
  | { kind: 'leads'; filter: ParsedLeadFilter }
  | { kind: 'deals'; leadIds: Expression<unknown> };

/**
 * The merchants a target matches that the actor may see, with their keeper, by lead id: one page
 * after `afterId`. The same filter as `GET /leads` (visibility included), as a query to embed.
 */
export async function keeperSource(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  target: LeadTarget,
  page: { afterId?: string; limit?: number } = {},
) {
  const filter =
    target.kind === 'leads'
      ? await leadListFilter(trx, deps, actor, target.filter)
      : await leadListFilter(trx, deps, actor, { scope: 'all', attrs: {}, q: undefined });
  let query = filteredLeads(trx, actor.tenantId, filter).clearSelect();
  if (target.kind === 'leads' && target.filter.q !== undefined)
    query = query.where(nameContains(target.filter.q));
  if (target.kind === 'deals') query = query.where(sql<boolean>`l.id in (${target.leadIds})`);
  if (page.afterId !== undefined) query = query.where('l.id', '>', page.afterId);
  let selected = query.select([
    'l.id as lead_id',
    'l.name',
    'l.city_id',
    keeper(actor.tenantId).as('assignee_id'),
    keeperKind.as('keeper_kind'),
  ]);
  if (page.limit !== undefined) selected = selected.orderBy('l.id').limit(page.limit);
  return selected;
}

export type KeeperSource = Awaited<ReturnType<typeof keeperSource>>;

/** How many merchants match and how many of them have no one to give a task to. */
export async function countKeepers(trx: Tx, source: KeeperSource) {
  const row = await sql<{ matched: string; unassigned: string }>`
    select count(*) as matched, count(*) filter (where m.assignee_id is null) as unassigned
    from (${source}) m`.execute(trx);
  return { matched: Number(row.rows[0]?.matched ?? 0), unassigned: Number(row.rows[0]?.unassigned ?? 0) };
}

/** The keeper of each of these merchants now (see keeper): for tasks that follow a merchant. */
export async function keepersOf(trx: Tx, tenantId: string, leadIds: string[]) {
  if (leadIds.length === 0) return [];
  return trx
    .selectFrom('lead as l')
    .innerJoin('lead_state as s', (join) =>
      join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.lead_id', '=', 'l.id'),
    )
    .select(['l.id as lead_id', keeper(tenantId).as('assignee_id')])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .execute();
}
