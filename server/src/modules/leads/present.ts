import type { Actor } from '../../platform/roles.ts';
import { maskPhone } from './mask.ts';
import type { LeadRow } from './repo.ts';

/** The owner sees the store's phone; so does whoever entered a lead still in review. Everyone else reveals it. */
export function phoneVisibleTo(actor: Actor, lead: LeadRow): boolean {
  if (actor.kind !== 'user') return false;
  if (lead.status === 'private' || lead.status === 'signed') return lead.owner_id === actor.id;
  return lead.status === 'pending_review' && lead.created_by === actor.id;
}

export function presentLead(lead: LeadRow, actor: Actor) {
  const visible = phoneVisibleTo(actor, lead);
  return {
    id: lead.id,
    kind: lead.kind,
    name: lead.name,
    status: lead.status,
    ownerId: lead.owner_id,
    opsOwnerId: lead.ops_owner_id,
    handedOverAt: lead.handed_over_at?.toISOString() ?? null,
    poolId: lead.pool_id,
    cityId: lead.city_id,
    claimedAt: lead.claimed_at?.toISOString() ?? null,
    lastVisitAt: lead.last_visit_at?.toISOString() ?? null,
    deadlineAt: lead.deadline_at?.toISOString() ?? null,
    deadlineReason: lead.deadline_reason,
    extensionsUsed: lead.extensions_used,
    phone: visible ? lead.phone : maskPhone(lead.phone),
    phoneMasked: !visible && lead.phone !== null,
    address: lead.address,
    lat: lead.lat,
    lng: lead.lng,
    category: lead.category,
    channel: lead.channel,
    tags: lead.tags,
    attrs: lead.attrs,
    duplicateOf: lead.duplicate_of,
    createdAt: lead.created_at.toISOString(),
    updatedAt: lead.updated_at.toISOString(),
  };
}

export function presentDuplicate(d: {
  id: string;
  name: string;
  address: string | null;
  status: string;
  reason: string;
  score: number;
  distance_m: number | null;
}) {
  return {
    id: d.id,
    name: d.name,
    address: d.address,
    status: d.status,
    reason: d.reason,
    score: d.score,
    distanceM: d.distance_m,
  };
}
