import { type Kysely, sql } from 'kysely';

// What a task is about beyond its text, snapshotted when the task is made: for a price campaign,
// the merchant's price gaps and the suggested strategy at launch (a later recompute does not
// rewrite what the field was asked to do).

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table task add column context jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table task drop column context`.execute(db);
}
