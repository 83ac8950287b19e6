import { type Kysely, sql } from 'kysely';

// Rate-limit windows shared by every instance on the database (when no Redis is configured).
// Unlogged: a counter is worth nothing after a crash, and skipping the WAL keeps each hit cheap.
// Keys are client addresses and route names, not tenant data: no tenant column, no RLS, like `tenant`.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table rate_limit_window (
      key text primary key,
      hits integer not null,
      ends_at timestamptz not null
    )`.execute(db);
  await sql`create index rate_limit_window_ends on rate_limit_window (ends_at)`.execute(db);
  await sql`grant select, insert, update, delete on rate_limit_window to groundwork_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists rate_limit_window`.execute(db);
}
