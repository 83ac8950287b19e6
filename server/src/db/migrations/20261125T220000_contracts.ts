import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Contracts and their approval steps.

const TENANT_TABLES = ['contract', 'approval'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contract (
      tenant_id bigint not null,
      id bigint generated always as identity,
      lead_id bigint not null,
      opportunity_id bigint,
      owner_id bigint not null,
      type text not null check (type in ('new', 'renewal', 'change')),
      status text not null check (status in ('draft', 'pending_approval', 'approved', 'rejected', 'signed', 'active', 'expired', 'terminated')),
      title text not null,
      amount numeric(14, 2) not null check (amount >= 0),
      commission_rate numeric(5, 2) not null check (commission_rate between 0 and 100),
      start_on date not null,
      end_on date not null,
      terms text,
      attrs jsonb not null default '{}',
      round integer not null default 0,
      current_step integer,
      signed_at timestamptz,
      ended_at timestamptz,
      end_reason text,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id),
      foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
      check (end_on >= start_on)
    )`.execute(db);
  await sql`create index contract_lead on contract (tenant_id, lead_id)`.execute(db);
  await sql`create index contract_owner on contract (tenant_id, owner_id, id)`.execute(db);
  await sql`create index contract_end on contract (tenant_id, status, end_on)`.execute(db);

  await sql`
    create table approval (
      tenant_id bigint not null,
      id bigint generated always as identity,
      contract_id bigint not null,
      round integer not null,
      step integer not null,
      role text not null,
      decision text not null check (decision in ('pending', 'approved', 'rejected')),
      decided_by bigint,
      comment text,
      decided_at timestamptz,
      created_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, contract_id, round, step),
      foreign key (tenant_id, contract_id) references contract (tenant_id, id),
      foreign key (tenant_id, decided_by) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index approval_pending on approval (tenant_id, role, decision)`.execute(db);

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
