import { type Kysely, sql } from 'kysely';

// Duplicate candidates for a bulk import, as a function that runs as the tables' owner.
//
// Under row-level security PostgreSQL may not evaluate a non-leakproof operator before the policy,
// so the GiST (cube @>) and GIN (array &&) conditions cannot be index conditions for the app
// role: each probe of an import scanned the tenant's whole lead table. This function filters the
// tenant itself and refuses any tenant but the one bound to the transaction, so it opens no door
// that RLS keeps shut. It reads the caller's staging table (pg_temp.import_stage) and sees the
// caller's uncommitted rows, as it runs in the caller's transaction.
//
// During a load the statistics lag far behind (a tenant believed to hold 76 leads holds 50,000),
// and the planner then pairs each probe with a scan of the tenant's whole primary key or prefers
// a sequential scan. `tenant_id + 0` keeps the tenant a filter, and no sequential scan is allowed:
// each probe is led by the position (GiST) or the phone (GIN) index, whatever the statistics say.

/** Exported for the down migration of 20261126T003000_near_keys, which returns to this form. */
export const IMPORT_CANDIDATES = sql`
    create or replace function gw_import_candidates(p_tenant bigint, p_radius float8, p_per_row integer)
    returns table (lead_id bigint, candidate_id bigint)
    language plpgsql volatile security definer
    set search_path = public, pg_temp
    set enable_seqscan = off
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
            where l.tenant_id + 0 = $1 and l.lat is not null and l.id <> s.lead_id
              and public.earth_box(public.gw_point(s.lat, s.lng), $2) @> public.gw_point(l.lat, l.lng)
              and (l.name_grams && s.name_probe or l.phones && s.phone_probe
                   or (s.loose_phone and cardinality(l.phones) > 0))
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
  // A GIN index queues new entries in a pending list that every lookup reads in full. During a
  // bulk load it stays near its 4 MB limit, and each phone probe then took 1.5–4 ms instead of
  // 0.05 ms, for imports and single creates alike. A phone index gets few keys per row, so merging
  // them more often costs little.
  await sql`alter index lead_phones set (gin_pending_list_limit = 64)`.execute(db);
  await sql`revoke all on function gw_import_candidates(bigint, float8, integer) from public`.execute(db);
  await sql`grant execute on function gw_import_candidates(bigint, float8, integer) to groundwork_app`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter index lead_phones reset (gin_pending_list_limit)`.execute(db);
  await sql`drop function if exists gw_import_candidates(bigint, float8, integer)`.execute(db);
}
