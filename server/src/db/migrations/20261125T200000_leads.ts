import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Leads, their pool state, history, contacts, visits, custom fields, pools and jobs.

const TENANT_TABLES = [
  'field_def',
  'pool',
  'pool_scope',
  'lead',
  'lead_state',
  'lead_event',
  'lead_duplicate',
  'pool_quota',
  'contact',
  'visit',
  'job',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gin`.execute(db);

  // Every 1- and 2-character substring of a (normalised) name. A GIN index over them serves any
  // substring query, including 2-character Chinese words that pg_trgm cannot, and depends only on
  // the database encoding, never on its locale.
  await sql`
    create function gw_grams(t text) returns text[]
    language sql immutable strict parallel safe as $$
      select coalesce(array_agg(distinct g), '{}'::text[]) from (
        select substr(t, i, 1) as g from generate_series(1, char_length(t)) as i
        union all
        select substr(t, i, 2) from generate_series(1, char_length(t) - 1) as i
      ) grams
    $$`.execute(db);

  // ll_to_earth() with every name qualified: an index over ll_to_earth itself cannot be rebuilt by
  // pg_restore, which runs with an empty search_path under which ll_to_earth's body finds no cube().
  await sql`
    create function gw_point(lat float8, lng float8) returns public.earth
    language sql immutable strict parallel safe
    return public.cube(public.cube(public.cube(public.earth() * cos(radians(lat)) * cos(radians(lng))),
                                   public.earth() * cos(radians(lat)) * sin(radians(lng))),
                       public.earth() * sin(radians(lat)))::public.earth`.execute(db);

  await sql`
    create table field_def (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      object text not null check (object in ('lead', 'opportunity', 'contract', 'deal', 'contact')),
      key text not null check (key ~ '^[a-zA-Z][a-zA-Z0-9_]{0,39}$'),
      label_zh text not null,
      label_en text not null,
      type text not null check (type in ('text', 'number', 'money', 'date', 'bool', 'enum', 'multi_enum', 'phone')),
      required boolean not null default false,
      options jsonb not null default '[]',
      indexed boolean not null default false,
      sensitive boolean not null default false,
      position integer not null default 0,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, object, key)
    )`.execute(db);

  await sql`
    create table pool (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      name text not null,
      rules jsonb not null,
      tag_rules jsonb not null default '[]',
      rotate_to_pool_id bigint,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, rotate_to_pool_id) references pool (tenant_id, id)
    )`.execute(db);

  // An org unit is in the scope of at most one pool; a lead enters the pool of the nearest unit
  // above (or at) its city that has one.
  await sql`
    create table pool_scope (
      tenant_id bigint not null,
      org_unit_id bigint not null,
      pool_id bigint not null,
      primary key (tenant_id, org_unit_id),
      foreign key (tenant_id, pool_id) references pool (tenant_id, id) on delete cascade,
      foreign key (tenant_id, org_unit_id) references org_unit (tenant_id, id)
    )`.execute(db);

  await sql`
    create table lead (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      kind text not null default 'store' check (kind in ('store', 'brand')),
      name text not null,
      normalized_name text not null,
      core_name text not null,
      name_grams text[] generated always as (gw_grams(normalized_name)) stored,
      phone text,
      phones text[] not null default '{}',
      address text,
      city_id bigint not null,
      lat double precision,
      lng double precision,
      category text,
      channel text not null check (channel in ('bd', 'import', 'inbound', 'api', 'crowd')),
      tags text[] not null default '{}',
      brand_id bigint,
      duplicate_of bigint,
      attrs jsonb not null default '{}',
      created_by text,
      created_lat double precision,
      created_lng double precision,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, city_id) references org_unit (tenant_id, id),
      foreign key (tenant_id, brand_id) references lead (tenant_id, id),
      foreign key (tenant_id, duplicate_of) references lead (tenant_id, id),
      check ((lat is null) = (lng is null)),
      check (lat between -90 and 90 and lng between -180 and 180)
    )`.execute(db);
  await sql`create index lead_name_grams on lead using gin (tenant_id, name_grams)`.execute(db);
  await sql`create index lead_phones on lead using gin (tenant_id, phones)`.execute(db);
  await sql`create index lead_tags on lead using gin (tenant_id, tags)`.execute(db);
  await sql`create index lead_attrs on lead using gin (tenant_id, attrs jsonb_path_ops)`.execute(db);
  await sql`create index lead_geo on lead using gist (tenant_id, gw_point(lat, lng)) where lat is not null`.execute(
    db,
  );
  await sql`create index lead_city on lead (tenant_id, city_id, id)`.execute(db);

  // The hot pool state, narrow and apart from the search-indexed lead row (DESIGN §10).
  await sql`
    create table lead_state (
      tenant_id bigint not null,
      lead_id bigint not null,
      status text not null check (status in ('pending_review', 'public', 'private', 'signed', 'invalid')),
      pool_id bigint,
      owner_id bigint,
      claimed_at timestamptz,
      last_visit_at timestamptz,
      deadline_at timestamptz,
      deadline_reason text check (deadline_reason in ('term', 'no_visit', 'no_sign', 'exempt')),
      extensions_used integer not null default 0,
      self_extensions_used integer not null default 0,
      updated_at timestamptz not null,
      primary key (tenant_id, lead_id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, pool_id) references pool (tenant_id, id),
      foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
      check ((status = 'private') = (owner_id is not null) or status = 'signed')
    )`.execute(db);
  await sql`create index lead_state_deadline on lead_state (tenant_id, deadline_at) where status = 'private'`.execute(
    db,
  );
  await sql`create index lead_state_owner on lead_state (tenant_id, owner_id, lead_id) where owner_id is not null`.execute(
    db,
  );
  await sql`create index lead_state_pool on lead_state (tenant_id, pool_id, status, lead_id)`.execute(db);
  await sql`create index lead_state_status on lead_state (tenant_id, status, lead_id)`.execute(db);

  await sql`
    create table lead_event (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      at timestamptz not null,
      actor_kind text not null,
      actor_id text,
      actor_name text not null,
      kind text not null,
      from_status text,
      to_status text,
      from_owner bigint,
      to_owner bigint,
      reason text,
      detail jsonb not null default '{}',
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id)
    )`.execute(db);
  await sql`create index lead_event_lead on lead_event (tenant_id, lead_id, id)`.execute(db);
  await sql`create index lead_event_lost on lead_event (tenant_id, lead_id, from_owner, at) where kind in ('released', 'recycled')`.execute(
    db,
  );

  await sql`
    create table lead_duplicate (
      tenant_id bigint not null,
      lead_id bigint not null,
      candidate_id bigint not null,
      reason text not null,
      score real not null,
      distance_m real,
      primary key (tenant_id, lead_id, candidate_id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, candidate_id) references lead (tenant_id, id)
    )`.execute(db);
  await sql`create index lead_duplicate_candidate on lead_duplicate (tenant_id, candidate_id)`.execute(db);

  // One counter row per BD: the cap is checked and taken in the same statement (DESIGN §10).
  await sql`
    create table pool_quota (
      tenant_id bigint not null,
      user_id bigint not null,
      private_count integer not null default 0 check (private_count >= 0),
      claims_day date,
      claims_today integer not null default 0,
      primary key (tenant_id, user_id),
      foreign key (tenant_id, user_id) references app_user (tenant_id, id)
    )`.execute(db);

  await sql`
    create table contact (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      name text not null,
      title text,
      phone_cipher text,
      phone_hash text,
      phone_masked text,
      is_key_person boolean not null default false,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id)
    )`.execute(db);
  await sql`create index contact_lead on contact (tenant_id, lead_id)`.execute(db);
  await sql`create index contact_phone on contact (tenant_id, phone_hash)`.execute(db);

  await sql`
    create table visit (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      user_id bigint not null,
      at timestamptz not null,
      lat double precision not null,
      lng double precision not null,
      distance_m double precision,
      far boolean not null default false,
      contact_id bigint,
      kind text not null check (kind in ('first', 'follow_up', 'sign', 'maintain')),
      result text,
      notes text,
      created_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, user_id) references app_user (tenant_id, id),
      foreign key (tenant_id, contact_id) references contact (tenant_id, id)
    )`.execute(db);
  await sql`create index visit_lead on visit (tenant_id, lead_id, at desc)`.execute(db);
  await sql`create index visit_user on visit (tenant_id, user_id, at desc)`.execute(db);

  await sql`
    create table job (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      kind text not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      created_by bigint,
      total integer,
      processed integer not null default 0,
      succeeded integer not null default 0,
      failed integer not null default 0,
      params jsonb not null default '{}',
      result jsonb not null default '{}',
      error text,
      file_path text,
      report_path text,
      created_at timestamptz not null,
      started_at timestamptz,
      finished_at timestamptz,
      primary key (tenant_id, id)
    )`.execute(db);

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
  await sql`drop function if exists gw_grams(text)`.execute(db);
  await sql`drop function if exists gw_point(float8, float8)`.execute(db);
}
