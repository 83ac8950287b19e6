import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Opportunities and the per-tenant stages they move through.

const TENANT_TABLES = ['stage_def', 'opportunity', 'opportunity_history'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stage_def (
      tenant_id bigint not null references tenant (id),
      id bigint generated always as identity,
      object text not null check (object in ('opportunity')),
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      label_zh text not null,
      label_en text not null,
      position integer not null,
      probability integer not null check (probability between 0 and 100),
      is_won boolean not null default false,
      is_lost boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, object, key),
      check (not (is_won and is_lost))
    )`.execute(db);

  await sql`
    create table opportunity (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      owner_id bigint not null,
      title text not null,
      stage_key text not null,
      amount numeric(14, 2),
      expected_close date,
      lost_reason text,
      attrs jsonb not null default '{}',
      closed_at timestamptz,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index opportunity_lead on opportunity (tenant_id, lead_id)`.execute(db);
  await sql`create index opportunity_owner on opportunity (tenant_id, owner_id, id)`.execute(db);
  await sql`create index opportunity_stage on opportunity (tenant_id, stage_key, id)`.execute(db);

  await sql`
    create table opportunity_history (
      tenant_id bigint not null,
      id bigint generated always as identity,
      opportunity_id bigint not null,
      at timestamptz not null,
      actor_kind text not null,
      actor_id text,
      actor_name text not null,
      from_stage text,
      to_stage text not null,
      note text,
      primary key (tenant_id, id),
      foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id)
    )`.execute(db);
  await sql`create index opportunity_history_opp on opportunity_history (tenant_id, opportunity_id, id)`.execute(
    db,
  );

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
