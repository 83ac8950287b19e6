import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Deals (上单) of signed merchants and the history of their audit.

const TENANT_TABLES = ['deal', 'deal_audit'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // city_id, category and lead_name are copied from the merchant when the deal is written, so that
  // the deal center filters and searches one table (DESIGN §10: at 1M deals a join per page costs).
  await sql`
    create table deal (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      contract_id bigint,
      owner_id bigint not null,
      title text not null,
      lead_name text not null,
      search_text text not null,
      search_grams text[] generated always as (gw_grams(search_text)) stored,
      city_id bigint not null,
      category text,
      items jsonb not null default '[]',
      list_price numeric(12, 2) not null check (list_price >= 0),
      deal_price numeric(12, 2) not null check (deal_price >= 0),
      -- Price filters compare this: bigint comparisons are leakproof, so under row-level security the
      -- planner may use the column's statistics (numeric comparisons are not: it would guess 0.5 %).
      deal_price_cents bigint generated always as ((deal_price * 100)::bigint) stored,
      min_group_size integer not null default 1 check (min_group_size >= 1),
      valid_from date not null,
      valid_to date not null,
      status text not null check (status in ('draft', 'pending_audit', 'rejected', 'online', 'offline', 'expired')),
      sales_count integer not null default 0 check (sales_count >= 0),
      sales_updated_at timestamptz,
      attrs jsonb not null default '{}',
      rejection_reasons text[] not null default '{}',
      rejection_comment text,
      offline_reason text,
      submitted_at timestamptz,
      audited_by bigint,
      audited_at timestamptz,
      online_at timestamptz,
      offline_at timestamptz,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, contract_id) references contract (tenant_id, id),
      foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
      foreign key (tenant_id, city_id) references org_unit (tenant_id, id),
      foreign key (tenant_id, audited_by) references app_user (tenant_id, id),
      check (valid_to >= valid_from)
    )`.execute(db);
  // Without tenant_id in front, like lead_name_grams (migration 20261125T234500): a GIN scan
  // intersects posting lists, and the tenant's list would hold every deal of the tenant.
  await sql`create index deal_search_grams on deal using gin (search_grams)`.execute(db);
  await sql`create index deal_status on deal (tenant_id, status, id)`.execute(db);
  await sql`create index deal_city on deal (tenant_id, city_id, id)`.execute(db);
  await sql`create index deal_category on deal (tenant_id, category, id)`.execute(db);
  await sql`create index deal_lead on deal (tenant_id, lead_id, id)`.execute(db);
  await sql`create index deal_contract on deal (tenant_id, contract_id) where contract_id is not null`.execute(
    db,
  );
  await sql`create index deal_audit_queue on deal (tenant_id, submitted_at, id) where status = 'pending_audit'`.execute(
    db,
  );
  await sql`create index deal_expiry on deal (tenant_id, valid_to) where status = 'online'`.execute(db);

  await sql`
    create table deal_audit (
      tenant_id bigint not null,
      id bigint generated always as identity,
      deal_id bigint not null,
      at timestamptz not null,
      action text not null check (action in ('created', 'revised', 'submitted', 'approved', 'rejected', 'offline', 'expired')),
      from_status text,
      to_status text not null,
      actor_kind text not null,
      actor_id text,
      actor_name text not null,
      reasons text[] not null default '{}',
      comment text,
      primary key (tenant_id, id),
      foreign key (tenant_id, deal_id) references deal (tenant_id, id)
    )`.execute(db);
  await sql`create index deal_audit_deal on deal_audit (tenant_id, deal_id, id)`.execute(db);

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
