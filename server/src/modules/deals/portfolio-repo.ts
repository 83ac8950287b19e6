import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

/**
 * Per merchant: how many deals are online, how many of them end by `until` (their last valid day),
 * and the soonest last day. Merchants without an online deal have no row.
 */
export function onlineDealsOf(trx: Tx, tenantId: string, leadIds: string[], until: string) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('deal')
    .select([
      'lead_id',
      sql<string>`count(*)`.as('online'),
      sql<string>`count(*) filter (where valid_to <= ${until}::date)`.as('expiring'),
      sql<string>`min(valid_to)::text`.as('next_valid_to'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .where('status', '=', 'online')
    .groupBy('lead_id')
    .execute();
}
