import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Migrations are frozen history: they never import application code.

const TENANT_TABLES = ['org_unit', 'app_user', 'api_key', 'audit_log'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const ext of ['cube', 'earthdistance', 'pg_trgm', 'btree_gist']) {
    await sql.raw(`create extension if not exists ${ext}`).execute(db);
  }

  // The application's queries run under this role (SET ROLE on every pooled connection). It owns
  // no table, so row-level security applies to it even when the configured login is a superuser.
  await sql`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = 'groundwork_app') then
        create role groundwork_app nologin;
      end if;
    end
    $$`.execute(db);
  await sql`grant groundwork_app to current_user`.execute(db);
  await sql`grant usage on schema public to groundwork_app`.execute(db);

  await sql`
    create table tenant (
      id bigint generated always as identity primary key,
      slug text not null unique,
      name text not null,
      template text not null,
      settings jsonb not null default '{}',
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table system_secret (
      name text primary key,
      value text not null
    )`.execute(db);

  await sql`
    create table org_unit (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      parent_id bigint,
      kind text not null check (kind in ('hq', 'region', 'city', 'team')),
      name text not null check (length(name) between 1 and 100),
      path text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, parent_id) references org_unit (tenant_id, id)
    )`.execute(db);
  await sql`create index org_unit_path on org_unit (tenant_id, path text_pattern_ops)`.execute(db);
  await sql`create unique index org_unit_one_root on org_unit (tenant_id) where parent_id is null`.execute(
    db,
  );

  await sql`
    create table app_user (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      org_unit_id bigint not null,
      role text not null,
      username text not null check (length(username) between 1 and 64),
      display_name text not null,
      phone text,
      password_hash text not null,
      active boolean not null default true,
      failed_logins integer not null default 0,
      failed_window_started_at timestamptz,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, org_unit_id) references org_unit (tenant_id, id)
    )`.execute(db);
  await sql`create unique index app_user_username on app_user (tenant_id, lower(username))`.execute(db);
  await sql`create index app_user_org_unit on app_user (tenant_id, org_unit_id)`.execute(db);

  await sql`
    create table api_key (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      name text not null,
      role text not null,
      secret_hash text not null,
      created_by bigint,
      created_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, created_by) references app_user (tenant_id, id)
    )`.execute(db);

  await sql`
    create table audit_log (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      at timestamptz not null,
      actor_kind text not null check (actor_kind in ('user', 'api_key', 'system')),
      actor_id text,
      actor_name text not null,
      action text not null,
      object text not null,
      object_id text,
      ip text,
      request_id text,
      detail jsonb not null default '{}',
      primary key (tenant_id, id)
    )`.execute(db);
  await sql`create index audit_log_object on audit_log (tenant_id, object, object_id, id desc)`.execute(db);
  await sql`create index audit_log_actor on audit_log (tenant_id, actor_kind, actor_id, id desc)`.execute(db);
  await sql`create index audit_log_at on audit_log (tenant_id, at desc, id desc)`.execute(db);

  await sql`grant select, insert, update on tenant to groundwork_app`.execute(db);
  await sql`grant select, insert on system_secret to groundwork_app`.execute(db);
  for (const table of TENANT_TABLES) {
    await sql.raw(`grant select, insert, update, delete on ${table} to groundwork_app`).execute(db);
  }
  await isolateTenants(db, TENANT_TABLES);
  // Later migrations' tables get the same grants without repeating them.
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to groundwork_app`.execute(
    db,
  );
  await sql`alter default privileges in schema public grant usage, select on sequences to groundwork_app`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse()) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  await sql`drop table if exists system_secret`.execute(db);
  await sql`drop table if exists tenant`.execute(db);
}
