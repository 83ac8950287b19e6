import { type Kysely, sql } from 'kysely';
import { IMPORT_CANDIDATES } from './20261125T233000_import_candidates.ts';

// Import duplicate candidates by exact keys instead of a walk through every store within 200 m.
//
// The 1M import slowed from 2,000 to 330 rows/s as the tenant filled: each staged row read every
// lead in its 200 m box (hundreds to thousands in a city centre) to keep the few sharing a name
// gram. Now each lead carries keys "tenant|cell|gram" for the 1- and 2-character substrings of
// its core name, over a grid of 0.004° × 0.007° cells (≥ 445 m × 400 m up to 59° north, twice
// the radius); a staged row asks for its grams in the 2 × 2 cells that can hold a point within
// 200 m of it (its own and the neighbours on its nearer sides). A GIN lookup of a handful of
// keys, each with a posting list of a few leads, however dense the street. Rows whose number
// lacks its area code still walk the box, with the tenant as an index condition and a nearest-first
// order (sorting disabled, so that statistics a bulk load has outrun cannot choose another plan),
// as gw_duplicate_candidates does.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function gw_near_cell(lat float8, lng float8, dlat integer, dlng integer) returns text
    language sql immutable parallel safe
    return (floor(lat / 0.004)::bigint + dlat)::text || ',' || (floor(lng / 0.007)::bigint + dlng)::text`.execute(
    db,
  );
  await sql`
    create function gw_near_keys(tenant bigint, lat float8, lng float8, core text) returns text[]
    language sql immutable parallel safe as $$
      select case when lat is null or lng is null then '{}'::text[]
                  else coalesce(array_agg(tenant::text || '|' || public.gw_near_cell(lat, lng, 0, 0) || '|' || g),
                                '{}'::text[]) end
      from unnest(public.gw_grams(core)) as g
    $$`.execute(db);
  await sql`
    create function gw_probe_keys(tenant bigint, lat float8, lng float8, grams text[]) returns text[]
    language sql immutable parallel safe as $$
      select coalesce(array_agg(tenant::text || '|' || public.gw_near_cell(lat, lng, a.d, b.d) || '|' || g),
                      '{}'::text[])
      from unnest(grams) as g,
           (values (0), (case when lat / 0.004 - floor(lat / 0.004) < 0.5 then -1 else 1 end)) as a(d),
           (values (0), (case when lng / 0.007 - floor(lng / 0.007) < 0.5 then -1 else 1 end)) as b(d)
      where lat is not null and lng is not null
    $$`.execute(db);
  await sql`
    alter table lead add column near_keys text[]
      generated always as (gw_near_keys(tenant_id, lat, lng, core_name)) stored`.execute(db);
  // New leads must be found by the rows after them in the same chunk: a small pending list keeps
  // those lookups from reading megabytes of unmerged entries (see lead_phones).
  await sql`create index lead_near_keys on lead using gin (near_keys) with (gin_pending_list_limit = 64)`.execute(
    db,
  );
  await sql`
    create or replace function gw_import_candidates(p_tenant bigint, p_radius float8, p_per_row integer)
    returns table (lead_id bigint, candidate_id bigint)
    language plpgsql volatile security definer
    set search_path = public, pg_temp
    set enable_seqscan = off
    set enable_sort = off
    as $fn$
    begin
      if p_tenant is distinct from nullif(current_setting('app.tenant_id', true), '')::bigint then
        raise exception 'gw_import_candidates: % is not the tenant of this transaction', p_tenant;
      end if;
      return query execute $q$
        with similar_name as (
          select s.lead_id, c.id
          from pg_temp.import_stage s
          cross join lateral (
            select l.id from public.lead l
            where l.near_keys && public.gw_probe_keys($1, s.lat, s.lng, s.name_probe)
              and l.tenant_id + 0 = $1 and l.id <> s.lead_id
              and public.earth_box(public.gw_point(s.lat, s.lng), $2) @> public.gw_point(l.lat, l.lng)
            limit $3
          ) c
          where s.lat is not null and cardinality(s.name_probe) > 0
        ), loose_phone as (
          -- A number without its area code may be any nearby store's: these rows still walk the box.
          select s.lead_id, c.id
          from pg_temp.import_stage s
          cross join lateral (
            select l.id from public.lead l
            where l.tenant_id = $1 and l.lat is not null and l.id <> s.lead_id and cardinality(l.phones) > 0
              and public.earth_box(public.gw_point(s.lat, s.lng), $2) @> public.gw_point(l.lat, l.lng)
            order by public.gw_point(l.lat, l.lng) <-> public.gw_point(s.lat, s.lng)
            limit $3
          ) c
          where s.lat is not null and s.loose_phone
        ), same_phone as (
          select s.lead_id, c.id
          from pg_temp.import_stage s
          cross join lateral (
            select l.id from public.lead l
            where l.tenant_id + 0 = $1 and l.phones && s.phone_probe and l.id <> s.lead_id
            limit $3
          ) c
          where cardinality(s.phone_probe) > 0
        )
        select lead_id, id from similar_name
        union select lead_id, id from loose_phone
        union select lead_id, id from same_phone
      $q$ using p_tenant, p_radius, p_per_row;
    end
    $fn$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await IMPORT_CANDIDATES.execute(db);
  await sql`alter table lead drop column if exists near_keys`.execute(db);
  await sql`drop function if exists gw_probe_keys(bigint, float8, float8, text[])`.execute(db);
  await sql`drop function if exists gw_near_keys(bigint, float8, float8, text)`.execute(db);
  await sql`drop function if exists gw_near_cell(float8, float8, integer, integer)`.execute(db);
}
