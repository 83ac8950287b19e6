import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { migrateToLatest } from '../../server/src/db/migrate.ts';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'groundwork-bench' });
  await client.connect();
  return client;
}

/** Bench databases (gw_bench_<q|f>_<pid>) of runs whose process is gone and that nobody uses: killed runs leave them behind. */
export async function dropAbandoned(adminUrl: string): Promise<string[]> {
  const admin = await connect(adminUrl);
  const dropped: string[] = [];
  try {
    const names = await admin.query<{ datname: string }>(
      // A run of another process namespace (a container, another session) has a pid we cannot
      // see: a database someone is connected to is never taken for abandoned.
      `select datname from pg_database d where datname ~ '^gw_bench_[qf]_[0-9]+$'
         and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
    );
    for (const { datname } of names.rows) {
      const pid = Number(datname.split('_').at(-1));
      let alive = true;
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive && pid !== process.pid) continue;
      await admin.query(`drop database if exists "${datname}" with (force)`);
      dropped.push(datname);
    }
  } finally {
    await admin.end();
  }
  return dropped;
}

/** A fresh database migrated exactly as the server migrates its own. */
export async function createBenchDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = await connect(adminUrl);
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  await migrateToLatest(url);
  return url;
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = await connect(adminUrl);
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** A value in COPY's text format: tabs, newlines and backslashes escaped, null as \N. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    return copyText(`{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Streams rows into `COPY table (columns) FROM STDIN`. Rows are joined into ~1 MB chunks, since a
 * write per row costs more than the database spends on it.
 */
export async function copyRows(
  client: pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  let count = 0;
  async function* chunks() {
    let buffer: string[] = [];
    let size = 0;
    for (const row of rows) {
      const line = `${row.map(copyText).join('\t')}\n`;
      buffer.push(line);
      size += line.length;
      count++;
      if (size > 1 << 20) {
        yield buffer.join('');
        buffer = [];
        size = 0;
      }
    }
    if (buffer.length > 0) yield buffer.join('');
  }
  await pipeline(chunks(), stream as Writable);
  return count;
}
