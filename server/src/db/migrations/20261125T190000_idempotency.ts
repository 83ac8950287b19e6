import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_key (
      tenant_id bigint not null references tenant (id),
      actor text not null,
      key text not null,
      request_hash text not null,
      status integer,
      response text,
      created_at timestamptz not null,
      primary key (tenant_id, actor, key)
    )`.execute(db);
  await sql`create index idempotency_key_age on idempotency_key (tenant_id, created_at)`.execute(db);
  await isolateTenants(db, ['idempotency_key']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table idempotency_key`.execute(db);
}
