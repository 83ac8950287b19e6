import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { prefixUpperBound, searchGrams } from '../../db/search-grams.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export interface NewLead {
  kind: 'store' | 'brand';
  name: string;
  normalizedName: string;
  coreName: string;
  phone: string | null;
  phones: string[];
  address: string | null;
  cityId: string;
  lat: number | null;
  lng: number | null;
  category: string | null;
  channel: 'bd' | 'import' | 'inbound' | 'api' | 'crowd';
  tags: string[];
  attrs: Record<string, unknown>;
  createdBy: string | null;
  createdLat: number | null;
  createdLng: number | null;
  at: Date;
}

export async function insertLead(trx: Tx, tenantId: string, lead: NewLead): Promise<string> {
  const [id] = await insertLeads(trx, tenantId, [lead]);
  return id!;
}

/** Many leads in one statement (bulk loads); returns their ids in input order. */
export async function insertLeads(trx: Tx, tenantId: string, leads: NewLead[]): Promise<string[]> {
  if (leads.length === 0) return [];
  const rows = await trx
    .insertInto('lead')
    .values(
      leads.map((lead) => ({
        tenant_id: tenantId,
        kind: lead.kind,
        name: lead.name,
        normalized_name: lead.normalizedName,
        core_name: lead.coreName,
        phone: lead.phone,
        phones: lead.phones,
        address: lead.address,
        city_id: lead.cityId,
        lat: lead.lat,
        lng: lead.lng,
        category: lead.category,
        channel: lead.channel,
        tags: lead.tags,
        attrs: JSON.stringify(lead.attrs),
        created_by: lead.createdBy,
        created_lat: lead.createdLat,
        created_lng: lead.createdLng,
        created_at: lead.at,
        updated_at: lead.at,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface LeadChanges {
  name?: string;
  normalized_name?: string;
  core_name?: string;
  phone?: string | null;
  phones?: string[];
  address?: string | null;
  city_id?: string;
  lat?: number | null;
  lng?: number | null;
  category?: string | null;
  tags?: string[];
  attrs?: string;
  duplicate_of?: string | null;
  updated_at: Date;
}

export async function updateLead(trx: Tx, tenantId: string, id: string, changes: LeadChanges) {
  await trx.updateTable('lead').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** The lead row with its pool state and the path of its city: everything a read or a rule needs. */
export function selectLeads(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('lead as l')
    .innerJoin('lead_state as s', (join) =>
      join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.lead_id', '=', 'l.id'),
    )
    .select([
      'l.tenant_id',
      'l.id',
      'l.kind',
      'l.name',
      'l.normalized_name',
      'l.core_name',
      'l.phone',
      'l.phones',
      'l.address',
      'l.city_id',
      'l.lat',
      'l.lng',
      'l.category',
      'l.channel',
      'l.tags',
      'l.attrs',
      'l.duplicate_of',
      'l.created_by',
      'l.created_at',
      'l.updated_at',
      'l.ops_owner_id',
      'l.handed_over_at',
      's.status',
      's.pool_id',
      's.owner_id',
      's.claimed_at',
      's.last_visit_at',
      's.deadline_at',
      's.deadline_reason',
      's.extensions_used',
      's.self_extensions_used',
    ])
    .where('l.tenant_id', '=', tenantId);
}

export type LeadRow = Awaited<ReturnType<ReturnType<typeof selectLeads>['executeTakeFirstOrThrow']>>;

export function findLead(trx: Tx, tenantId: string, id: string): Promise<LeadRow | undefined> {
  return selectLeads(trx, tenantId).where('l.id', '=', id).executeTakeFirst();
}

/** Which leads an actor may see; each list is OR-ed, `all` short-cuts everything. */
export type Visibility =
  | { all: true }
  | {
      all: false;
      ownerIds: string[];
      cityIds: string[];
      createdBy: string | null;
      publicIn: { poolIds: string[]; cityIds: string[] | null } | null;
    };

type Eb = ExpressionBuilder<Database & { l: Database['lead']; s: Database['lead_state'] }, 'l' | 's'>;

export function visibilityFilter(eb: Eb, vis: Visibility) {
  if (vis.all) return eb.lit(true);
  const clauses = [];
  if (vis.ownerIds.length > 0) clauses.push(eb('s.owner_id', 'in', vis.ownerIds));
  if (vis.cityIds.length > 0) clauses.push(eb('l.city_id', 'in', vis.cityIds));
  if (vis.createdBy !== null) clauses.push(eb('l.created_by', '=', vis.createdBy));
  if (vis.publicIn && vis.publicIn.poolIds.length > 0) {
    const parts = [eb('s.status', '=', 'public'), eb('s.pool_id', 'in', vis.publicIn.poolIds)];
    if (vis.publicIn.cityIds !== null) {
      parts.push(
        vis.publicIn.cityIds.length > 0 ? eb('l.city_id', 'in', vis.publicIn.cityIds) : eb.lit(false),
      );
    }
    clauses.push(eb.and(parts));
  }
  return clauses.length > 0 ? eb.or(clauses) : eb.lit(false);
}

export interface ListFilter {
  visibility: Visibility;
  status?: string;
  ownerId?: string;
  ownerIds?: string[];
  tag?: string;
  cityId?: string;
  category?: string;
  attrs?: Record<string, unknown>;
  /** Normalised search text. */
  q?: string;
  cursor?: string[];
  limit: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The leads of a list filter, everything but the search text (visibility, status, owner, tag, …). */
export function filteredLeads(trx: Tx, tenantId: string, filter: Omit<ListFilter, 'limit' | 'q' | 'cursor'>) {
  let query = selectLeads(trx, tenantId).where((eb) => visibilityFilter(eb, filter.visibility));
  if (filter.status !== undefined) query = query.where('s.status', '=', filter.status as never);
  if (filter.ownerId !== undefined) query = query.where('s.owner_id', '=', filter.ownerId);
  if (filter.ownerIds !== undefined) {
    query =
      filter.ownerIds.length > 0
        ? query.where('s.owner_id', 'in', filter.ownerIds)
        : query.where(sql.lit(false));
  }
  if (filter.tag !== undefined) query = query.where(sql<boolean>`l.tags @> array[${filter.tag}]::text[]`);
  if (filter.cityId !== undefined) query = query.where('l.city_id', '=', filter.cityId);
  if (filter.category !== undefined) query = query.where('l.category', '=', filter.category);
  if (filter.attrs !== undefined && Object.keys(filter.attrs).length > 0) {
    query = query.where(sql<boolean>`l.attrs @> ${JSON.stringify(filter.attrs)}::jsonb`);
  }
  return query;
}

/** Names containing the normalised text: the gram index finds candidates, LIKE checks them. */
export function nameContains(q: string) {
  return sql<boolean>`(l.name_grams @> ${searchGrams(q)}::text[] and l.normalized_name like ${`%${escapeLike(q)}%`})`;
}

/**
 * Newest first; with `q`, the best matches first: the whole name, then names that start with it
 * (shorter first), then the other names containing it, newest first. Each tier is its own query
 * so that each can stop at the page's end: the first two read a prefix range of
 * lead_name_prefix, the third either walks the newest leads or gathers the gram index's
 * candidates, whichever the planner expects to be cheaper for the word. LIKE checks exactly.
 */
export async function listLeads(trx: Tx, tenantId: string, filter: ListFilter) {
  let query = filteredLeads(trx, tenantId, filter);
  if (filter.q === undefined) {
    if (filter.cursor) query = query.where('l.id', '<', filter.cursor[0]!);
    return query
      .orderBy('l.id', 'desc')
      .limit(filter.limit + 1)
      .execute();
  }
  const q = filter.q;
  const upper = prefixUpperBound(q);
  const startsWith =
    upper === null
      ? sql<boolean>`l.normalized_name ~>=~ ${q}`
      : sql<boolean>`(l.normalized_name ~>=~ ${q} and l.normalized_name ~<~ ${upper})`;
  const tier = filter.cursor ? Number(filter.cursor[0]) : 0;
  const rows: Array<LeadRow & { rank: number; name_length: number }> = [];
  if (tier < 2) {
    const rank = sql<number>`(case when l.normalized_name = ${q} then 0 else 1 end)`;
    const len = sql<number>`char_length(l.normalized_name)`;
    let head = query.where(startsWith);
    if (filter.cursor) {
      const [r, n, id] = filter.cursor;
      head = head.where(sql<boolean>`(${rank}, ${len}, l.id) > (${Number(r)}, ${Number(n)}, ${id}::bigint)`);
    }
    rows.push(
      ...(await head
        .select([rank.as('rank'), len.as('name_length')])
        .orderBy(rank)
        .orderBy(len)
        .orderBy('l.id')
        .limit(filter.limit + 1)
        .execute()),
    );
    if (rows.length > filter.limit) return rows;
  }
  let rest = query
    .where(sql<boolean>`l.name_grams @> ${searchGrams(q)}::text[]`)
    .where(sql<boolean>`l.normalized_name like ${`%${escapeLike(q)}%`}`)
    .where(sql<boolean>`not ${startsWith}`);
  if (tier === 2) rest = rest.where('l.id', '<', filter.cursor![2]!);
  rows.push(
    ...(await rest
      .select([sql<number>`2`.as('rank'), sql<number>`0`.as('name_length')])
      .orderBy('l.id', 'desc')
      .limit(filter.limit + 1 - rows.length)
      .execute()),
  );
  return rows;
}

const earth = (lat: number, lng: number) => sql`gw_point(${lat}::float8, ${lng}::float8)`;

/**
 * The nearest leads within the radius, nearest first (ties by id).
 *
 * The inner query walks the GiST index nearest-first (its distance operator is the chord length,
 * which orders exactly like the great-circle distance) and stops at the limit, with ties kept so
 * that the id can break them; the radius is applied to those few rows outside. Row-level security
 * keeps non-leakproof conditions such as earth_box out of an index, and with one in the query the
 * planner preferred reading the whole tenant (5–10 s at 1M leads), but an ORDER BY is not a
 * condition. Without the radius inside, the walk ends as soon as the limit is met, near or far.
 */
export async function nearbyLeads(
  trx: Tx,
  tenantId: string,
  filter: {
    lat: number;
    lng: number;
    radiusM: number;
    limit: number;
    visibility: Visibility;
    status?: string;
    category?: string;
    ownerId?: string;
  },
) {
  const here = earth(filter.lat, filter.lng);
  let nearest = selectLeads(trx, tenantId)
    .select(sql<number>`earth_distance(${here}, gw_point(l.lat, l.lng))`.as('distance_m'))
    .where('l.lat', 'is not', null)
    .where((eb) => visibilityFilter(eb, filter.visibility));
  if (filter.status !== undefined) nearest = nearest.where('s.status', '=', filter.status as never);
  if (filter.category !== undefined) nearest = nearest.where('l.category', '=', filter.category);
  if (filter.ownerId !== undefined) nearest = nearest.where('s.owner_id', '=', filter.ownerId);
  nearest = nearest
    .orderBy(sql`gw_point(l.lat, l.lng) <-> ${here}`)
    .offset(0)
    .fetch(filter.limit, 'with ties');
  return trx
    .selectFrom(nearest.as('n'))
    .selectAll()
    .where('n.distance_m', '<=', filter.radiusM)
    .orderBy('n.distance_m')
    .orderBy('n.id')
    .limit(filter.limit)
    .execute();
}

/**
 * Leads near a point or sharing a phone: the raw material of duplicate detection. Read through
 * gw_duplicate_candidates so that the position and phone indexes serve it under row-level security.
 */
export async function duplicateCandidates(
  trx: Tx,
  tenantId: string,
  probe: { lat: number | null; lng: number | null; phones: string[]; radiusM: number; excludeId?: string },
) {
  const { rows } = await sql<{
    id: string;
    name: string;
    phone: string | null;
    lat: number | null;
    lng: number | null;
  }>`
    select id::text as id, name, phone, lat, lng
    from gw_duplicate_candidates(${tenantId}::bigint, ${probe.lat}::float8, ${probe.lng}::float8,
      ${probe.phones}::text[], ${probe.radiusM}::float8, ${probe.excludeId ?? null}::bigint, 500)`.execute(
    trx,
  );
  return rows;
}

export async function insertDuplicates(
  trx: Tx,
  tenantId: string,
  rows: Array<{
    leadId: string;
    candidateId: string;
    reason: string;
    score: number;
    distanceM: number | null;
  }>,
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('lead_duplicate')
    .values(
      rows.map((r) => ({
        tenant_id: tenantId,
        lead_id: r.leadId,
        candidate_id: r.candidateId,
        reason: r.reason,
        score: r.score,
        distance_m: r.distanceM,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'lead_id', 'candidate_id']).doNothing())
    .execute();
}

/** Duplicate links in either direction, with the other lead's name and status. */
export function listDuplicates(trx: Tx, tenantId: string, leadId: string) {
  return trx
    .selectFrom('lead_duplicate as d')
    .innerJoin('lead as l', (join) =>
      join
        .onRef('l.tenant_id', '=', 'd.tenant_id')
        .on(
          sql<boolean>`l.id = case when d.lead_id = ${leadId}::bigint then d.candidate_id else d.lead_id end`,
        ),
    )
    .innerJoin('lead_state as s', (join) =>
      join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.lead_id', '=', 'l.id'),
    )
    .select(['l.id', 'l.name', 'l.address', 's.status', 'd.reason', 'd.score', 'd.distance_m'])
    .where('d.tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('d.lead_id', '=', leadId), eb('d.candidate_id', '=', leadId)]))
    .orderBy('d.score', 'desc')
    .execute();
}

/** The names of some leads, for lists of other objects (opportunities, contracts) that show their merchant. */
export async function leadNames(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('lead')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
