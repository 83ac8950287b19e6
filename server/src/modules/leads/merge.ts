import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/roles.ts';
import { moveContacts } from '../contacts/service.ts';
import { moveEvents, recordEvents } from '../lead-events/service.ts';
import { moveVisits } from '../visits/service.ts';
import type { LeadRow } from './repo.ts';
import * as repo from './repo.ts';

/**
 * Folds a duplicate into the lead that survives: its people, visits and history move over, the
 * survivor keeps its own data and takes only what it lacked (phone, address, position, custom
 * values, tags), and the duplicate points at the survivor. Returns what was filled in.
 */
export async function mergeInto(trx: Tx, deps: Deps, actor: Actor, source: LeadRow, survivor: LeadRow) {
  const tenantId = actor.tenantId;
  const filled: string[] = [];
  const take = <T>(field: string, mine: T | null, theirs: T | null): T | null => {
    if ((mine === null || mine === undefined) && theirs !== null && theirs !== undefined) {
      filled.push(field);
      return theirs;
    }
    return mine;
  };
  const phone = take('phone', survivor.phone, source.phone);
  const address = take('address', survivor.address, source.address);
  const hasPosition = survivor.lat !== null;
  const attrs = { ...source.attrs, ...survivor.attrs };
  if (Object.keys(attrs).length > Object.keys(survivor.attrs).length) filled.push('attrs');
  const tags = [...new Set([...survivor.tags, ...source.tags])];
  if (tags.length > survivor.tags.length) filled.push('tags');
  if (!hasPosition && source.lat !== null) filled.push('position');
  const now = deps.clock.now();
  await repo.updateLead(trx, tenantId, survivor.id, {
    phone,
    phones: phone === survivor.phone ? survivor.phones : source.phones,
    address,
    ...(!hasPosition && source.lat !== null && { lat: source.lat, lng: source.lng }),
    attrs: JSON.stringify(attrs),
    tags,
    updated_at: now,
  });
  await repo.updateLead(trx, tenantId, source.id, { duplicate_of: survivor.id, updated_at: now });
  await moveContacts(trx, tenantId, source.id, survivor.id);
  await moveVisits(trx, tenantId, source.id, survivor.id);
  await moveEvents(trx, tenantId, source.id, survivor.id);
  await recordEvents(trx, deps.clock, actor, [
    {
      leadId: survivor.id,
      kind: 'merged',
      reason: `merged lead ${source.id}`,
      detail: { from: source.id, filled },
    },
    {
      leadId: source.id,
      kind: 'merged_into',
      fromStatus: source.status,
      toStatus: 'invalid',
      detail: { into: survivor.id },
    },
  ]);
  return filled;
}
