import type { Tx } from '../../db/tenant-tx.ts';
import { onlineDealsOf } from './portfolio-repo.ts';

export interface MerchantDeals {
  online: number;
  /** Online deals whose last valid day falls within the window. */
  expiring: number;
  nextValidTo: string | null;
}

/**
 * What the operations portfolio needs of the deals: for each merchant, its online deals and those
 * about to end (on or before `until`). A merchant absent from the map has no online deal.
 */
export async function dealPictureOf(
  trx: Tx,
  tenantId: string,
  leadIds: string[],
  until: string,
): Promise<Map<string, MerchantDeals>> {
  const rows = await onlineDealsOf(trx, tenantId, leadIds, until);
  return new Map(
    rows.map((r) => [
      r.lead_id,
      { online: Number(r.online), expiring: Number(r.expiring), nextValidTo: r.next_valid_to },
    ]),
  );
}
