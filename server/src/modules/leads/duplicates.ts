import type { Tx } from '../../db/tenant-tx.ts';
import { DEDUP_RADIUS_M, duplicateReason } from './dedup.ts';
import * as repo from './repo.ts';

/**
 * Finds the existing leads that look like this one (same phone, or a similar name within 200 m)
 * and links them, for the reviewer to approve, reject or merge.
 */
export async function linkDuplicates(
  trx: Tx,
  tenantId: string,
  lead: {
    id: string;
    name: string;
    phone: string | null;
    phones: string[];
    lat: number | null;
    lng: number | null;
  },
): Promise<number> {
  const candidates = await repo.duplicateCandidates(trx, tenantId, {
    lat: lead.lat,
    lng: lead.lng,
    phones: lead.phones,
    radiusM: DEDUP_RADIUS_M,
    excludeId: lead.id,
  });
  const links = [];
  for (const candidate of candidates) {
    const match = duplicateReason(lead, candidate);
    if (match) {
      links.push({
        leadId: lead.id,
        candidateId: candidate.id,
        reason: match.reason,
        score: match.score,
        distanceM: match.distanceM,
      });
    }
  }
  await repo.insertDuplicates(trx, tenantId, links);
  return links.length;
}
