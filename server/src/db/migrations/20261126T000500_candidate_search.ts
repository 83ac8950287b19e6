import { type Kysely, sql } from 'kysely';

// Duplicate candidates for one new lead (single create, inquiry), as a function that runs as the
// tables' owner — the single-row sibling of gw_import_candidates.
//
// Under row-level security the GiST (cube @>) and GIN (array &&) conditions cannot be index
// conditions for the app role, since their operators are not LEAKPROOF: every create scanned the
// tenant's whole lead table (about 0.5 s at 1M leads). The function filters the tenant itself and
// refuses any tenant but the one bound to the transaction, so it opens no door that RLS keeps shut.
// In a dense street more than p_limit stores stand within the radius: the nearest are kept.
//
// Both functions give the position index the tenant as an index condition (the GiST leads with
// tenant_id): another business line's stores in the same streets are no longer read and thrown
// away, which made an import into a new tenant beside a 1M-lead one crawl (483 rows/s). The phone
// lookups keep `tenant_id + 0`: a GIN scan would intersect the phone with the tenant's posting list,
// which holds every row of the tenant. Each probe orders by the GiST distance operator and sorting
// is disabled, so that even with statistics that believe the tenant small (a bulk load outruns
// them) no plan but the nearest-first scan of the position index is left.

/** Exported for the down migration of 20261126T003000_near_keys, which returns to this form. */
export const IMPORT_CANDIDATES = sql`
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
      with near as (
        select s.lead_id, c.id
        from pg_temp.import_stage s
        cross join lateral (
          select l.id from public.lead l
          where l.tenant_id = $1 and l.lat is not null and l.id <> s.lead_id
            and public.earth_box(public.gw_point(s.lat, s.lng), $2) @> public.gw_point(l.lat, l.lng)
            and (l.name_grams && s.name_probe or l.phones && s.phone_probe
                 or (s.loose_phone and cardinality(l.phones) > 0))
          order by public.gw_point(l.lat, l.lng) <-> public.gw_point(s.lat, s.lng)
          limit $3
        ) c
        where s.lat is not null
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
      select lead_id, id from near union select lead_id, id from same_phone
    $q$ using p_tenant, p_radius, p_per_row;
  end
  $fn$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await IMPORT_CANDIDATES.execute(db);
  await sql`
    create function gw_duplicate_candidates(
      p_tenant bigint, p_lat float8, p_lng float8, p_phones text[], p_radius float8,
      p_exclude bigint, p_limit integer)
    returns table (id bigint, name text, phone text, lat float8, lng float8)
    language plpgsql stable security definer
    set search_path = public, pg_temp
    set enable_seqscan = off
    set enable_sort = off
    as $fn$
    begin
      if p_tenant is distinct from nullif(current_setting('app.tenant_id', true), '')::bigint then
        raise exception 'gw_duplicate_candidates: % is not the tenant of this transaction', p_tenant;
      end if;
      return query
        with candidate as (
          (select l.id from public.lead l
           where p_lat is not null and p_lng is not null
             and l.tenant_id = p_tenant and l.lat is not null
             and public.earth_box(public.gw_point(p_lat, p_lng), p_radius) @> public.gw_point(l.lat, l.lng)
           order by public.gw_point(l.lat, l.lng) <-> public.gw_point(p_lat, p_lng)
           limit p_limit)
          union
          (select l.id from public.lead l
           where cardinality(p_phones) > 0 and l.tenant_id + 0 = p_tenant and l.phones && p_phones
           limit p_limit)
        )
        select l.id, l.name, l.phone, l.lat, l.lng
        from candidate c
        join public.lead l on l.tenant_id = p_tenant and l.id = c.id
        join public.lead_state s on s.tenant_id = p_tenant and s.lead_id = c.id
        where s.status <> 'invalid' and c.id is distinct from p_exclude
        limit p_limit;
    end
    $fn$`.execute(db);
  await sql`revoke all on function gw_duplicate_candidates(bigint, float8, float8, text[], float8, bigint, integer) from public`.execute(
    db,
  );
  await sql`grant execute on function gw_duplicate_candidates(bigint, float8, float8, text[], float8, bigint, integer) to groundwork_app`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists gw_duplicate_candidates(bigint, float8, float8, text[], float8, bigint, integer)`.execute(
    db,
  );
}
