import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import { parseAttrFilters, validateAttrs } from '../../platform/fields/service.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { emit } from '../events/service.ts';
import { recordEvents } from '../lead-events/service.ts';
import { enterPool, refreshDeadline } from '../pool/service.ts';
import { CLAIMER_ROLES, getVisibleLead, managesOwner, type Scope, visibilityFor } from './access.ts';
import { linkDuplicates } from './duplicates.ts';
import { normalizePhones, normalizeText, splitName } from './normalize.ts';
import type { LeadRow } from './repo.ts';
import * as repo from './repo.ts';

export type { LeadRow } from './repo.ts';

export interface LeadInput {
  name: string;
  kind?: 'store' | 'brand';
  phone?: string | null;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  cityId: string;
  category?: string | null;
  tags?: string[];
  attrs?: Record<string, unknown>;
}

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

/** The city a lead belongs to must be a city unit the actor works in; its path picks the pool. */
async function cityFor(trx: Tx, actor: Actor, cityId: string): Promise<string> {
  const unit = await org.getUnitInTx(trx, { ...actor, scopePath: null }, cityId).catch(() => undefined);
  if (unit?.kind !== 'city') throw invalid('/body/cityId', 'is not a city of this tenant');
  const territory = await org.territoryOf(trx, actor);
  if (territory && !territory.cityIds.includes(cityId))
    throw invalid('/body/cityId', 'is outside your territory');
  return unit.path;
}

function nameParts(name: string) {
  const { normalized, core } = splitName(name);
  if (!normalized) throw invalid('/body/name', 'must contain letters or digits');
  return { normalized, core: core || normalized };
}

/** Creates one lead inside an open transaction; single creates, inquiries and the API share it. */
export async function createLeadInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  input: LeadInput,
  origin: {
    channel: 'bd' | 'inbound' | 'api' | 'crowd';
    gps?: { lat: number; lng: number };
    forceReview?: boolean;
  },
): Promise<string> {
  // A point needs both coordinates (the table insists); half a point is the caller's mistake, not a 500.
  if ((input.lat == null) !== (input.lng == null)) throw invalid('/body/lat', 'and lng are given together');
  const settings = await tenantSettings(deps, actor.tenantId);
  const attrs = input.attrs ?? {};
  await validateAttrs(deps, actor.tenantId, 'lead', attrs, 'create');
  const cityPath = await cityFor(trx, actor, input.cityId);
  const { normalized, core } = nameParts(input.name);
  const phone = input.phone ?? null;
  const phones = normalizePhones(phone);
  const now = deps.clock.now();
  const id = await repo.insertLead(trx, actor.tenantId, {
    kind: input.kind ?? settings.leadKind,
    name: input.name.trim(),
    normalizedName: normalized,
    coreName: core,
    phone,
    phones,
    address: input.address ?? null,
    cityId: input.cityId,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    category: input.category ?? null,
    channel: origin.channel,
    tags: [...new Set(input.tags ?? [])],
    attrs,
    createdBy: actor.kind === 'user' ? actor.id : null,
    createdLat: origin.gps?.lat ?? null,
    createdLng: origin.gps?.lng ?? null,
    at: now,
  });
  const status = settings.autoApprove && !origin.forceReview ? 'public' : 'pending_review';
  await enterPool(trx, deps, actor.tenantId, { id, cityPath, status });
  const duplicates = await linkDuplicates(trx, actor.tenantId, {
    id,
    name: input.name,
    phone,
    phones,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
  });
  await recordEvents(trx, deps.clock, actor, [
    { leadId: id, kind: 'created', toStatus: status, detail: { channel: origin.channel, duplicates } },
  ]);
  await emit(trx, deps, actor, [
    {
      type: 'lead.created',
      subject: { kind: 'lead', id },
      data: { name: input.name.trim(), status, channel: origin.channel, cityId: input.cityId },
    },
  ]);
  await audit(trx, deps.clock, actor, {
    action: 'lead.created',
    object: 'lead',
    objectId: id,
    after: { ...input, channel: origin.channel },
  });
  return id;
}

export async function createLead(
  deps: Deps,
  actor: Actor,
  input: LeadInput & { gps?: { lat: number; lng: number } },
) {
  const { gps, ...lead } = input;
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const id = await createLeadInTx(trx, deps, actor, lead, {
      channel: actor.kind === 'api_key' ? 'api' : 'bd',
      gps,
    });
    return getVisibleLead(trx, deps, actor, id);
  });
}

/** Who may change a lead's data: its owner and their managers; in review, its author and reviewers. */
export async function mayEdit(trx: Tx, actor: Actor, lead: LeadRow): Promise<boolean> {
  if (actor.scopePath === null && actor.role !== 'reviewer') return true;
  if (actor.kind === 'user' && lead.owner_id === actor.id) return true;
  if (await managesOwner(trx, actor, lead.owner_id)) return true;
  if (lead.status === 'pending_review') return actor.role === 'reviewer' || lead.created_by === actor.id;
  return actor.role === 'city_manager' || actor.role === 'hq';
}

export async function updateLead(deps: Deps, actor: Actor, id: string, input: Partial<LeadInput>) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await getVisibleLead(trx, deps, actor, id);
    if (!(await mayEdit(trx, actor, before)))
      throw forbidden('Only the owner, their manager or a reviewer may change this lead');
    if (input.attrs) await validateAttrs(deps, actor.tenantId, 'lead', input.attrs, 'update');
    if (input.cityId !== undefined && input.cityId !== before.city_id)
      await cityFor(trx, actor, input.cityId);
    const lat = input.lat === undefined ? before.lat : input.lat;
    const lng = input.lng === undefined ? before.lng : input.lng;
    if ((lat === null) !== (lng === null)) throw invalid('/body/lat', 'and lng are given together');
    const names = input.name !== undefined ? nameParts(input.name) : undefined;
    const attrs = input.attrs
      ? Object.fromEntries(Object.entries({ ...before.attrs, ...input.attrs }).filter(([, v]) => v !== null))
      : undefined;
    await repo.updateLead(trx, actor.tenantId, id, {
      ...(input.name !== undefined && {
        name: input.name.trim(),
        normalized_name: names!.normalized,
        core_name: names!.core,
      }),
      ...(input.phone !== undefined && { phone: input.phone, phones: normalizePhones(input.phone) }),
      ...(input.address !== undefined && { address: input.address }),
      ...(input.cityId !== undefined && { city_id: input.cityId }),
      ...(input.lat !== undefined && { lat: input.lat }),
      ...(input.lng !== undefined && { lng: input.lng }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.tags !== undefined && { tags: [...new Set(input.tags)] }),
      ...(attrs !== undefined && { attrs: JSON.stringify(attrs) }),
      updated_at: deps.clock.now(),
    });
    const after = await getVisibleLead(trx, deps, { ...actor, scopePath: null }, id);
    if (input.tags !== undefined) await refreshDeadline(trx, deps, after);
    const { deadline_at: _d, deadline_reason: _r, updated_at: _u, ...plainBefore } = before;
    const { deadline_at: _d2, deadline_reason: _r2, updated_at: _u2, ...plainAfter } = after;
    const changes = diff(plainBefore, plainAfter);
    await audit(trx, deps.clock, actor, {
      action: 'lead.updated',
      object: 'lead',
      objectId: id,
      changes,
    });
    // The API's names of what changed; derived columns (search keys, parsed phones) are not news.
    const changed = Object.keys(changes)
      .filter((key) => !['normalized_name', 'core_name', 'phones', 'search_text'].includes(key))
      .map((key) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
    if (changed.length > 0) {
      await emit(trx, deps, actor, [
        { type: 'lead.updated', subject: { kind: 'lead', id }, data: { name: after.name, changed } },
      ]);
    }
    return getVisibleLead(trx, deps, { ...actor, scopePath: null }, id);
  });
}

export interface ListQuery {
  scope: Scope;
  q?: string;
  status?: string;
  tag?: string;
  cityId?: string;
  ownerId?: string;
  category?: string;
  attrs: Record<string, string>;
  limit: number;
  cursor?: string;
}

export type LeadFilterInput = Omit<ListQuery, 'limit' | 'cursor'>;

/** A list filter checked and resolved for the actor: what `GET /leads` and campaigns both use. */
export async function parseLeadFilter(deps: Deps, actor: Actor, query: LeadFilterInput) {
  if (query.scope === 'team' && actor.role === 'bd') throw forbidden('The team view is for managers');
  const attrs = await parseAttrFilters(deps, actor.tenantId, 'lead', query.attrs);
  const q = query.q === undefined ? undefined : normalizeText(query.q);
  if (q !== undefined && q.length === 0) throw invalid('/querystring/q', 'must contain letters or digits');
  return { ...query, attrs, q };
}

export type ParsedLeadFilter = Awaited<ReturnType<typeof parseLeadFilter>>;

/** The repository filter of a parsed one, with the actor's visibility (one place for both uses). */
export async function leadListFilter(trx: Tx, deps: Deps, actor: Actor, parsed: ParsedLeadFilter) {
  const visibility = await visibilityFor(trx, deps, actor, parsed.scope);
  const wholeTenantTeam = parsed.scope === 'team' && visibility.all;
  return {
    visibility,
    status: parsed.scope === 'public' ? 'public' : parsed.status,
    ownerId: parsed.ownerId,
    ...(wholeTenantTeam && { status: parsed.status ?? 'private' }),
    tag: parsed.tag,
    cityId: parsed.cityId,
    category: parsed.category,
    attrs: parsed.attrs,
  };
}

export async function listLeads(deps: Deps, actor: Actor, query: ListQuery) {
  const parsed = await parseLeadFilter(deps, actor, query);
  const q = parsed.q;
  const cursor = decodeCursor(query.cursor, q === undefined ? 1 : 3);
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const filter = await leadListFilter(trx, deps, actor, parsed);
    return repo.listLeads(trx, actor.tenantId, { ...filter, q, cursor, limit: query.limit });
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1] as (LeadRow & { rank?: number; name_length?: number }) | undefined;
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(q === undefined ? [last.id] : [last.rank ?? 0, last.name_length ?? 0, last.id])
      : null;
  return { items: items as LeadRow[], nextCursor };
}

export interface NearbyQuery {
  lat: number;
  lng: number;
  radius: number;
  limit: number;
  scope: Scope;
  status?: string;
  category?: string;
}

export async function nearby(deps: Deps, actor: Actor, query: NearbyQuery) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const visibility = await visibilityFor(trx, deps, actor, query.scope);
    return repo.nearbyLeads(trx, actor.tenantId, {
      lat: query.lat,
      lng: query.lng,
      radiusM: query.radius,
      limit: query.limit,
      visibility,
      status: query.scope === 'public' ? 'public' : query.status,
      category: query.category,
    });
  });
}

/**
 * Whether the actor may reveal a masked phone at all: everyone but a plain BD, who sees a phone in
 * full by owning the lead (the check per lead is in revealPhone).
 */
export const canRevealPhones = (actor: Actor) => actor.scopePath === null || actor.role !== 'bd';

/**
 * Shows a masked phone in full to the owner chain (managers above the owner, HQ, admins) and to
 * reviewers of a lead in review. Every reveal is written to the audit log.
 */
export async function revealPhone(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, id);
    const owner = actor.kind === 'user' && lead.owner_id === actor.id;
    const chain = actor.scopePath === null || (await managesOwner(trx, actor, lead.owner_id));
    const reviewer = actor.role === 'reviewer' && lead.status === 'pending_review';
    const manager = !CLAIMER_ROLES.has(actor.role) || actor.role === 'bd_manager';
    if (!owner && !chain && !reviewer && !(manager && lead.owner_id === null)) {
      throw forbidden('Claim the lead to see its phone');
    }
    await audit(trx, deps.clock, actor, { action: 'lead.phone_revealed', object: 'lead', objectId: id });
    return { phone: lead.phone };
  });
}

/**
 * The merchant names of rows another module lists (the caller already decided the rows are
 * visible): each row gains `lead_name`.
 */
export async function withLeadNames<T extends { lead_id: string }>(
  trx: Tx,
  tenantId: string,
  rows: T[],
): Promise<Array<T & { lead_name: string }>> {
  const names = new Map(
    (
      await repo.leadNames(
        trx,
        tenantId,
        rows.map((row) => row.lead_id),
      )
    ).map((l) => [l.id, l.name]),
  );
  return rows.map((row) => ({ ...row, lead_name: names.get(row.lead_id) ?? '' }));
}
