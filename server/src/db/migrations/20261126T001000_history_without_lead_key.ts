import { type Kysely, sql } from 'kysely';

/**
 * Drops the foreign key from lead history to lead (found by the 1M benchmark: 72 ms of a 200 ms
 * sweep batch). Each history row's check locked its lead row FOR KEY SHARE, which writes the lead's
 * heap page again just after the sweep wrote the lead's state. History is append-only and written
 * only by the modules that have just read or changed the lead in the same transaction, and leads
 * are never deleted (a merged lead stays, marked duplicate_of), so the key guarded nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table lead_event drop constraint if exists lead_event_tenant_id_lead_id_fkey`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table lead_event add constraint lead_event_tenant_id_lead_id_fkey
      foreign key (tenant_id, lead_id) references lead (tenant_id, id)`.execute(db);
}
