import { Kysely, PostgresDialect } from 'kysely';
import pino from 'pino';
import { systemClock } from '../../server/src/clock.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createPool } from '../../server/src/db/database.ts';
import type { Database } from '../../server/src/db/schema.ts';
import { createDeps, type Deps } from '../../server/src/deps.ts';
import { actorForUser } from '../../server/src/platform/auth/service.ts';
import type { Actor } from '../../server/src/platform/roles.ts';
import { JWT_SECRET } from './load/world.ts';

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

export interface Capturer {
  deps: Deps;
  actor(tenantId: string, userId: string): Promise<Actor>;
  /**
   * The statements one call of a server function sends, in order. With `warm` the call runs twice
   * and the second is kept: the server's caches (pools, settings, field definitions) are warm after
   * its first requests, and so is the measured load.
   */
  capture(work: () => Promise<unknown>, warm?: boolean): Promise<Statement[]>;
  close(): Promise<void>;
}

/** The server's own service functions over a Kysely whose log records every statement. */
export async function createCapturer(url: string): Promise<Capturer> {
  let recording: Statement[] | null = null;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: createPool(url, { max: 2, applicationName: 'groundwork-bench-capture' }),
    }),
    log: (event) => {
      if (recording && event.level === 'query')
        recording.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const config = loadConfig({ DATABASE_URL: url, GROUNDWORK_JWT_SECRET: JWT_SECRET });
  const deps = await createDeps({ db, clock: systemClock, config, log: pino({ level: 'silent' }) });
  return {
    deps,
    actor: (tenantId, userId) =>
      actorForUser(deps, tenantId, userId, { ip: '127.0.0.1', requestId: 'bench' }),
    async capture(work, warm = true) {
      if (warm) await work();
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = null;
      }
    },
    close: () => db.destroy(),
  };
}

/** A bound value as a quoted literal: node-pg sends parameters as untyped text, and so does a quoted literal. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value))
    text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/** The statement with its parameters in place, for a pgbench script. */
export function inline(statement: Statement): string {
  return statement.sql.replace(/\$(\d+)/g, (_, n: string) => literal(statement.parameters[Number(n) - 1]));
}

/** The statements of one request as one pgbench transaction script. */
export function script(statements: Statement[]): string {
  return `${statements.map((s) => `${inline(s).replace(/\s*\n\s*/g, ' ')};`).join('\n')}\n`;
}
