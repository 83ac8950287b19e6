import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import { type LeadRow, selectLeads } from './repo.ts';

/** Leads by id (at most a few hundred), with their pool state. */
export function findLeadsByIds(trx: Tx, tenantId: string, ids: string[]): Promise<LeadRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectLeads(trx, tenantId).where('l.id', '=', sql<string>`any(${ids}::bigint[])`).execute();
}

/** Hands the leads to an ops owner; answers each lead with the ops owner it had before. */
export async function setOpsOwner(trx: Tx, tenantId: string, ids: string[], opsOwnerId: string, at: Date) {
  if (ids.length === 0) return [];
  const result = await sql<{ id: string; previous: string | null }>`
    with old as (
      select id, ops_owner_id from lead
      where tenant_id = ${tenantId} and id = any(${ids}::bigint[])
      for update
    )
    update lead l set ops_owner_id = ${opsOwnerId}, handed_over_at = ${at}, updated_at = ${at}
    from old
    where l.tenant_id = ${tenantId} and l.id = old.id
    returning l.id::text, old.ops_owner_id::text as previous`.execute(trx);
  return result.rows;
}

/** The merchants of some ops owners, by id; a portfolio is hundreds, the cap keeps it bounded. */
export function leadsOfOpsOwners(trx: Tx, tenantId: string, opsOwnerIds: string[], cap: number) {
  if (opsOwnerIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('lead as l')
    .innerJoin('lead_state as s', (join) =>
      join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.lead_id', '=', 'l.id'),
    )
    .select([
      'l.id',
      'l.name',
      'l.address',
      'l.city_id',
      'l.category',
      'l.ops_owner_id',
      'l.handed_over_at',
      's.owner_id',
      's.status',
    ])
    .where('l.tenant_id', '=', tenantId)
    .where('l.ops_owner_id', '=', sql<string>`any(${opsOwnerIds}::bigint[])`)
    .orderBy('l.id', 'desc')
    .limit(cap)
    .execute();
}

export type PortfolioLeadRow = Awaited<ReturnType<typeof leadsOfOpsOwners>>[number];

/** Names and ops owners of leads, for work done on their behalf (renewal to-dos). */
export function opsOwnersOf(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('lead')
    .select(['id', 'name', 'ops_owner_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', sql<string>`any(${ids}::bigint[])`)
    .execute();
}
