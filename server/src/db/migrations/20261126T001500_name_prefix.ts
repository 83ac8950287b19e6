import { type Kysely, sql } from 'kysely';

/**
 * Names that start with a search, read as a range of this index. text_pattern_ops compares bytes,
 * so the range is right whatever the database's collation, and its comparison operators are
 * LEAKPROOF, so the range is an index condition under row-level security (LIKE is not).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index lead_name_prefix on lead (tenant_id, normalized_name text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists lead_name_prefix`.execute(db);
}
