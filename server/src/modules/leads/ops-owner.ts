import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/roles.ts';
import { isVisible, visibilityFor } from './access.ts';
import * as opsRepo from './ops-owner-repo.ts';
import { type LeadRow, listLeads } from './repo.ts';

// What the operations workbench asks of the leads module: who keeps a signed merchant after the
// BD, and which merchants a handover or a portfolio concerns. The leads module owns the columns.

export type { PortfolioLeadRow } from './ops-owner-repo.ts';

/** The leads among `ids` the actor may see (others are simply absent). */
export async function visibleLeadsByIds(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  ids: string[],
): Promise<LeadRow[]> {
  const visibility = await visibilityFor(trx, deps, actor, 'all');
  return (await opsRepo.findLeadsByIds(trx, actor.tenantId, ids)).filter((lead) =>
    isVisible(visibility, lead),
  );
}

export interface SignedLeadFilter {
  cityId?: string;
  ownerId?: string;
  tag?: string;
  category?: string;
}

/**
 * The signed merchants the actor sees that match the filter, newest first, at most `cap` + 1 (so
 * that the caller can tell "more than cap" from "exactly cap").
 */
export async function signedLeadsMatching(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  filter: SignedLeadFilter,
  cap: number,
): Promise<LeadRow[]> {
  const visibility = await visibilityFor(trx, deps, actor, 'all');
  const found: LeadRow[] = [];
  let cursor: string[] | undefined;
  for (;;) {
    const page = await listLeads(trx, actor.tenantId, {
      visibility,
      status: 'signed',
      ...filter,
      cursor,
      limit: 500,
    });
    const rows = page.slice(0, 500);
    found.push(...rows);
    if (page.length <= 500 || found.length > cap) return found.slice(0, cap + 1);
    cursor = [rows[rows.length - 1]!.id];
  }
}

export const setOpsOwner = opsRepo.setOpsOwner;
export const leadsOfOpsOwners = opsRepo.leadsOfOpsOwners;
export const opsOwnersOf = opsRepo.opsOwnersOf;
