import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// The dashboards' figures about the present (private holdings, signed merchants, the public pool)
// counted by the five-minute analytics job instead of on every request: at a million leads those
// counts cost hundreds of milliseconds each (docs/benchmarks.md, Dashboards; decision 0011).

const TENANT_TABLES = ['analytics_holding', 'analytics_pool'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per person holding anything. The hold time is kept as the sum of the claim instants,
  // so that a reader gets the exact total for its own "now": claimed leads × now − Σ claimed_at.
  await sql`
    create table analytics_holding (
      tenant_id bigint not null,
      user_id bigint not null,
      private_leads integer not null default 0,
      expiring_soon integer not null default 0,
      claimed_leads integer not null default 0,
      claimed_epoch_sum double precision not null default 0,
      signed_merchants integer not null default 0,
      ops_covered integer not null default 0,
      primary key (tenant_id, user_id),
      foreign key (tenant_id, user_id) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`
    create table analytics_pool (
      tenant_id bigint not null,
      city_id bigint not null,
      public_leads integer not null,
      primary key (tenant_id, city_id),
      foreign key (tenant_id, city_id) references org_unit (tenant_id, id)
    )`.execute(db);
  // A period's to-dos of a whole tenant were a scan of the task table: no index was led by time.
  await sql`create index task_due on task (tenant_id, due_at) include (assignee_id, status, done_at)`.execute(
    db,
  );
  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists task_due`.execute(db);
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
