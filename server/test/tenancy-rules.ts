/**
 * The tables of the `public` schema that carry no `tenant_id`, each with the reason. Every other
 * table is a tenant table: distributed by `tenant_id` on Citus (docs/scale-out.md), and every
 * query of the application must filter it by tenant. `scale-out-schema.test.ts` fails when a table
 * without `tenant_id` is missing here (or one listed here gains the column); the tenant-predicate
 * check (`tenant-predicates.ts`) treats every table not listed here as a tenant table.
 */
export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  tenant:
    'the tenants themselves; a login finds its tenant by slug before any tenant is bound. ' +
    'A Citus reference table (copied to every node), so tenant tables keep their foreign key to it.',
  system_secret: 'installation-wide secrets (the token-signing key), read at start. A Citus reference table.',
  kysely_migration:
    'which migrations ran; read and written by the migrator only. Stays local on the coordinator.',
  kysely_migration_lock: "the migrator's lock row. Stays local on the coordinator.",
  rate_limit_window:
    'rate-limit counters keyed by limit and subject (a login name with its tenant slug, an IP): ' +
    'checked before any tenant is bound. Unlogged and local to the coordinator.',
};

/**
 * Tables outside `public` that the application's statements may name without a tenant filter:
 * per-transaction scratch tables holding only rows the same statement's tenant produced.
 */
export const SCRATCH_TABLES: Readonly<Record<string, string>> = {
  import_stage:
    "a lead import's staging table: TEMP, ON COMMIT DROP, filled by COPY with one chunk of one " +
    "tenant's file inside that tenant's transaction.",
};

/**
 * Statements of the application that may span tenants, each with the reason. Matched against the
 * SQL text (with its placeholders) that the tenant-predicate check sees.
 */
export const CROSS_TENANT_STATEMENTS: ReadonlyArray<{ match: RegExp; reason: string }> = [];
