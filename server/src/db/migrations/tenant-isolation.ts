import { type Kysely, sql } from 'kysely';

/**
 * Puts each table behind row-level security for the app role: a row is visible and writable only
 * while its tenant is the one bound to the transaction (app.tenant_id). No binding → null → no
 * row at all.
 */
export async function isolateTenants(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    await sql
      .raw(
        `create policy tenant_isolation on ${table} to groundwork_app
         using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
         with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint)`,
      )
      .execute(db);
  }
}
