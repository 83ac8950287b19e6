import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// The change feed (an outbox of domain events written in the transaction of the change) and the
// webhooks that push it to integrations: endpoints, the dispatch position per tenant, deliveries
// and their attempts.

const TENANT_TABLES = ['event', 'webhook_endpoint', 'webhook_cursor', 'webhook_delivery', 'webhook_attempt'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // xid: the writing transaction's id. The feed hands out only events of transactions older than
  // every transaction still running (pg_snapshot_xmin), so no event can appear behind a reader.
  await sql`
    create table event (
      tenant_id bigint not null,
      id bigint generated always as identity,
      xid xid8 not null default pg_current_xact_id(),
      type text not null,
      occurred_at timestamptz not null,
      actor_kind text not null,
      actor_id text,
      actor_name text not null,
      subject_kind text not null,
      subject_id text not null,
      data jsonb not null default '{}',
      primary key (tenant_id, id)
    )`.execute(db);
  await sql`create index event_feed on event (tenant_id, xid, id)`.execute(db);

  // The feed's horizon: no transaction of this database that is still running (or prepared) has
  // an xid below it, nor will any started later. Transactions of other databases on the server
  // cannot write our events and are left out, unlike pg_snapshot_xmin, so a bulk load next door
  // does not stall the feed. Called in a statement of its own, before the one that reads events
  // (under read committed that one's snapshot is newer). Security definer: pg_stat_activity shows
  // the transaction ids of the owner's sessions, which the app's sessions are (they only switch
  // to the app role), to the owner only.
  await sql`
    create or replace function gw_event_horizon() returns xid8
    language plpgsql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $fn$
    declare
      upper numeric := pg_snapshot_xmax(pg_current_snapshot())::text::numeric;
      wrap constant numeric := 4294967296;
      oldest numeric;
    begin
      if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'gw_event_horizon: the event feed is read under read committed';
      end if;
      perform pg_stat_clear_snapshot();
      -- 32-bit xids widened against the 64-bit upper bound (running xids lie within 2^31 of it).
      select min(full_xid) into oldest from (
        select x + upper - mod(upper, wrap)
               + case when x + upper - mod(upper, wrap) > upper + wrap / 2 then -wrap
                      when x + upper - mod(upper, wrap) < upper - wrap / 2 then wrap
                      else 0 end as full_xid
        from (
          select backend_xid::text::numeric as x from pg_stat_activity
           where datid = (select oid from pg_database where datname = current_database())
             and backend_xid is not null and pid <> pg_backend_pid()
          union all
          select transaction::text::numeric from pg_prepared_xacts where database = current_database()
        ) running
      ) widened;
      return least(upper, coalesce(oldest, upper))::text::xid8;
    end
    $fn$`.execute(db);

  await sql`
    create table webhook_endpoint (
      tenant_id bigint not null,
      id bigint generated always as identity,
      url text not null,
      description text,
      event_types text[] not null,
      active boolean not null default true,
      secret text not null,
      created_by text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id)
    )`.execute(db);

  // Where the dispatcher of a tenant stands in its feed: one row per tenant, locked while it runs.
  await sql`
    create table webhook_cursor (
      tenant_id bigint not null,
      xid xid8 not null,
      event_id bigint not null,
      primary key (tenant_id)
    )`.execute(db);

  await sql`
    create table webhook_delivery (
      tenant_id bigint not null,
      id bigint generated always as identity,
      endpoint_id bigint not null,
      event_id bigint not null,
      event_type text not null,
      status text not null check (status in ('pending', 'retrying', 'succeeded', 'dead')),
      attempts integer not null default 0,
      first_attempt_at timestamptz,
      next_attempt_at timestamptz,
      last_status_code integer,
      last_error text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, endpoint_id, event_id),
      foreign key (tenant_id, endpoint_id) references webhook_endpoint (tenant_id, id) on delete cascade,
      foreign key (tenant_id, event_id) references event (tenant_id, id)
    )`.execute(db);
  await sql`create index webhook_delivery_endpoint on webhook_delivery (tenant_id, endpoint_id, id)`.execute(
    db,
  );
  await sql`create index webhook_delivery_due on webhook_delivery (tenant_id, next_attempt_at)
    where status in ('pending', 'retrying')`.execute(db);

  await sql`
    create table webhook_attempt (
      tenant_id bigint not null,
      id bigint generated always as identity,
      delivery_id bigint not null,
      at timestamptz not null,
      status_code integer,
      error text,
      response_snippet text,
      duration_ms integer not null,
      replay boolean not null default false,
      primary key (tenant_id, id),
      foreign key (tenant_id, delivery_id) references webhook_delivery (tenant_id, id) on delete cascade
    )`.execute(db);
  await sql`create index webhook_attempt_delivery on webhook_attempt (tenant_id, delivery_id, id)`.execute(
    db,
  );

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
