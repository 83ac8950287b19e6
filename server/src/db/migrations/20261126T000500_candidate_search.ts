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
// The position lookup gives the index the tenant as an index condition (the GiST leads with
// tenant_id), so another business line's stores in the same streets are not read and thrown away
// (20261126T003000_near_keys does the same for imports). The phone lookup keeps `tenant_id + 0`: a GIN scan would intersect the phone with the tenant's posting list,
// which holds every row of the tenant. The position lookup orders by the GiST distance operator and sorting
// is disabled, so that even with statistics that believe the tenant small (a bulk load outruns
// them) no plan but the nearest-first scan of the position index is left.

export async function up(db: Kysely<unknown>): Promise<void> {
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
