import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Operations (中台): the ops owner of a signed merchant, the history and attachments of contracts,
// and the generic to-do (task) that renewal reminders use first and HQ campaigns later.

const TENANT_TABLES = ['contract_event', 'contract_attachment', 'task'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Nullable columns without a default: adding them rewrites nothing, even on a million leads.
  await sql`alter table lead add column ops_owner_id bigint, add column handed_over_at timestamptz`.execute(
    db,
  );
  await sql`alter table lead add constraint lead_ops_owner_fk
    foreign key (tenant_id, ops_owner_id) references app_user (tenant_id, id)`.execute(db);
  await sql`create index lead_ops_owner on lead (tenant_id, ops_owner_id, id) where ops_owner_id is not null`.execute(
    db,
  );

  await sql`
    create table contract_event (
      tenant_id bigint not null,
      id bigint generated always as identity,
      contract_id bigint not null,
      at timestamptz not null,
      actor_kind text not null,
      actor_id text,
      actor_name text not null,
      from_status text,
      to_status text not null,
      note text,
      primary key (tenant_id, id),
      foreign key (tenant_id, contract_id) references contract (tenant_id, id)
    )`.execute(db);
  await sql`create index contract_event_contract on contract_event (tenant_id, contract_id, id)`.execute(db);
  // The lifecycle job finds contracts to activate and to expire by status and date.
  await sql`create index contract_start on contract (tenant_id, status, start_on)`.execute(db);

  await sql`
    create table contract_attachment (
      tenant_id bigint not null,
      id bigint generated always as identity,
      contract_id bigint not null,
      file_name text not null,
      content_type text not null,
      size_bytes bigint not null check (size_bytes > 0),
      sha256 text not null,
      storage_key text not null,
      uploaded_by bigint,
      created_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, storage_key),
      foreign key (tenant_id, contract_id) references contract (tenant_id, id),
      foreign key (tenant_id, uploaded_by) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index contract_attachment_contract on contract_attachment (tenant_id, contract_id, id)`.execute(
    db,
  );

  // campaign_id has no foreign key yet: the campaign table arrives with HQ tasks (issue 7).
  await sql`
    create table task (
      tenant_id bigint not null,
      id bigint generated always as identity,
      campaign_id bigint,
      assignee_id bigint not null,
      lead_id bigint,
      contract_id bigint,
      kind text not null,
      title text not null,
      instructions text,
      due_at timestamptz,
      status text not null check (status in ('open', 'doing', 'done', 'rejected', 'escalated')),
      feedback text,
      source_key text,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      done_at timestamptz,
      primary key (tenant_id, id),
      unique (tenant_id, source_key),
      foreign key (tenant_id, assignee_id) references app_user (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, contract_id) references contract (tenant_id, id)
    )`.execute(db);
  await sql`create index task_assignee on task (tenant_id, assignee_id, status, due_at, id)`.execute(db);
  await sql`create index task_lead on task (tenant_id, lead_id) where lead_id is not null`.execute(db);

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
  await sql`drop index if exists contract_start`.execute(db);
  await sql`alter table lead drop column if exists ops_owner_id, drop column if exists handed_over_at`.execute(
    db,
  );
}
