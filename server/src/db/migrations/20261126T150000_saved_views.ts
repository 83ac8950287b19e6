import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Saved views: a user's named filter sets of a list (its query string), optionally shared with
// everyone in the tenant.

const TENANT_TABLES = ['saved_view'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table saved_view (
      tenant_id bigint not null,
      id bigint generated always as identity,
      owner_id bigint not null,
      object text not null,
      name text not null,
      query text not null,
      shared boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, owner_id, object, name),
      foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index saved_view_shared on saved_view (tenant_id, object) where shared`.execute(db);
  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
