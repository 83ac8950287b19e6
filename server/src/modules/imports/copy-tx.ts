import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';

export type CopyIn = (statement: string, data: string) => Promise<void>;

/**
 * A tenant-bound transaction (as inTenant) that can also COPY: Kysely cannot, so the transaction
 * runs on one connection checked out of a pg pool, shared by Kysely and pg-copy-streams.
 */
export async function inTenantWithCopy<T>(
  pool: pg.Pool,
  tenantId: string,
  work: (trx: Tx, copy: CopyIn) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    const lent: PostgresPoolClient = {
      query: client.query.bind(client) as PostgresPoolClient['query'],
      release: () => {},
    };
    const single: PostgresPool = { connect: async () => lent, end: async () => {} };
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: single }) });
    const copy: CopyIn = (statement, data) =>
      pipeline(Readable.from([Buffer.from(data, 'utf8')]), client.query(copyFrom(statement)));
    return await inTenant(db, tenantId, (trx) => work(trx, copy));
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection whose transaction failed half-way is not worth reusing.
    client.release(broken);
  }
}

// COPY's text format: backslash escapes, \N for null.
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** A PostgreSQL array literal of text, every element quoted. */
export function textArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export function copyLine(values: unknown[]): string {
  return `${values.map(field).join('\t')}\n`;
}
