import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Analytics (dashboards) and performance reviews (KPI): a daily rollup per tenant, BD and local
// day, the watermark of its refresh, and the per-tenant KPI definitions. See docs/analytics.md.

const TENANT_TABLES = ['analytics_daily', 'analytics_state', 'kpi_definition'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One narrow row per tenant, user and local day with a column per counted event: a 90-day
  // dashboard of a whole tenant sums (days × active users) rows, not millions of events.
  await sql`
    create table analytics_daily (
      tenant_id bigint not null,
      day date not null,
      user_id bigint not null,
      claims integer not null default 0,
      releases integer not null default 0,
      recycles integer not null default 0,
      visits integer not null default 0,
      store_days integer not null default 0,
      far_visits integer not null default 0,
      first_visits integer not null default 0,
      opportunities integer not null default 0,
      signings integer not null default 0,
      renewals integer not null default 0,
      deals_online integer not null default 0,
      primary key (tenant_id, day, user_id),
      foreign key (tenant_id, user_id) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index analytics_daily_user on analytics_daily (tenant_id, user_id, day)`.execute(db);

  await sql`
    create table analytics_state (
      tenant_id bigint not null primary key,
      refreshed_at timestamptz not null,
      refreshed_from date not null,
      refreshed_to date not null
    )`.execute(db);

  await sql`
    create table kpi_definition (
      tenant_id bigint not null,
      id bigint generated always as identity,
      name text not null,
      role text not null,
      org_unit_id bigint,
      cap numeric(4,2) not null check (cap >= 1 and cap <= 3),
      metrics jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, org_unit_id) references org_unit (tenant_id, id)
    )`.execute(db);
  // One definition per role and unit (the unit-less one is the role's default).
  await sql`create unique index kpi_definition_role_unit on kpi_definition (tenant_id, role, coalesce(org_unit_id, 0))`.execute(
    db,
  );

  // The refresh reads a day's events by time: the source tables had no index led by time.
  await sql`create index lead_event_at on lead_event (tenant_id, at)`.execute(db);
  await sql`create index visit_at on visit (tenant_id, at)`.execute(db);
  await sql`create index opportunity_created on opportunity (tenant_id, created_at)`.execute(db);
  await sql`create index contract_signed on contract (tenant_id, signed_at) where signed_at is not null`.execute(
    db,
  );
  await sql`create index deal_online on deal (tenant_id, online_at) include (owner_id, sales_count) where online_at is not null`.execute(
    db,
  );

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['lead_event_at', 'visit_at', 'opportunity_created', 'contract_signed', 'deal_online'])
    await sql.raw(`drop index if exists ${index}`).execute(db);
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
