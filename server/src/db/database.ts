import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

// A calendar date is a day, not an instant: keep it as 'YYYY-MM-DD' rather than a Date at local
// midnight, which would shift with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** The role every application query runs under; see the first migration. */
export const APP_ROLE = 'groundwork_app';

export interface DbOptions {
  /** Run queries as the row-level-security-bound application role (the default). */
  appRole?: boolean;
  max?: number;
  applicationName?: string;
}

export function createPool(connectionString: string, options: DbOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    // Set at connection start-up, so a connection that cannot take the role fails outright
    // instead of silently running with the login's own (possibly RLS-exempt) rights.
    options: (options.appRole ?? true) ? `-c role=${APP_ROLE}` : undefined,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'groundwork',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // A broken idle connection (e.g. the database restarted) must not crash the process: the pool
  // drops it and the next query opens a fresh one.
  pool.on('error', () => {});
  // The same for a connection checked out between two statements (a transaction waiting on a
  // password hash, say): without a listener the database's "terminating connection" is an
  // unhandled error event that kills the process. Its next statement fails instead (a 503), and
  // the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: createPool(connectionString, options) }),
  });
}
