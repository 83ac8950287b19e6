import type { Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { recordEvents } from '../lead-events/service.ts';
import { enterPoolMany } from '../pool/service.ts';
import { normalizePhones, splitName } from './normalize.ts';
import * as repo from './repo.ts';
import type { LeadInput } from './service.ts';

/**
 * Loads many trusted leads of one city in a few statements: the demo data and the benchmark
 * generator use it. It normalises like a single create but neither validates custom fields nor
 * looks for duplicates — data from a file goes through the import job, which does both.
 */
export async function insertTrustedLeads(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  cityId: string,
  leads: Array<Omit<LeadInput, 'cityId'>>,
  options: { channel: 'import' | 'crowd' | 'api'; status: 'public' | 'pending_review' },
): Promise<string[]> {
  const city = await org.getUnitInTx(trx, { ...actor, scopePath: null }, cityId);
  const now = deps.clock.now();
  const ids = await repo.insertLeads(
    trx,
    actor.tenantId,
    leads.map((lead) => {
      const { normalized, core } = splitName(lead.name);
      return {
        kind: lead.kind ?? 'store',
        name: lead.name.trim(),
        normalizedName: normalized,
        coreName: core || normalized,
        phone: lead.phone ?? null,
        phones: normalizePhones(lead.phone),
        address: lead.address ?? null,
        cityId,
        lat: lead.lat ?? null,
        lng: lead.lng ?? null,
        category: lead.category ?? null,
        channel: options.channel,
        tags: [...new Set(lead.tags ?? [])],
        attrs: lead.attrs ?? {},
        createdBy: actor.kind === 'user' ? actor.id : null,
        createdLat: null,
        createdLng: null,
        at: now,
      };
    }),
  );
  await enterPoolMany(
    trx,
    deps,
    actor.tenantId,
    ids.map((id) => ({ id, cityPath: city.path, status: options.status })),
  );
  await recordEvents(
    trx,
    deps.clock,
    actor,
    ids.map((leadId) => ({
      leadId,
      kind: 'created' as const,
      toStatus: options.status,
      detail: { channel: options.channel },
    })),
  );
  return ids;
}
