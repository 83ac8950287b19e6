import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, migrationFolder } from '../src/db/migrate.ts';
import { baseDatabaseUrl, withDatabase } from './database-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** Test database names are gw_t_<base-36 creation time>_<random>. */
function createdAt(name: string): number {
  const stamp = name.split('_')[2];
  const time = stamp ? Number.parseInt(stamp, 36) : Number.NaN;
  return Number.isFinite(time) ? time : 0;
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await fs.readdir(migrationFolder)).sort()) {
    hash.update(file);
    hash.update(await fs.readFile(path.join(migrationFolder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Migrates a template database once per schema version; every test file then clones it, which
 * takes a fraction of a second instead of running the migrations again.
 */
export default async function setup(project: TestProject) {
  const template = `gw_tpl_${await migrationsHash()}`;
  const admin = new pg.Client({ connectionString: baseDatabaseUrl });
  await admin.connect();
  try {
    // Databases of earlier runs that died; a run still going (another terminal) keeps its own:
    // test databases carry their creation time, and only those older than three hours go.
    const names = (
      await admin.query<{ datname: string }>("select datname from pg_database where datname like 'gw\\_%'")
    ).rows.map((r) => r.datname);
    const cutoff = Date.now() - 3 * 3600_000;
    const testDbs = names.filter((n) => n.startsWith('gw_t_'));
    const old = testDbs.filter((n) => createdAt(n) < cutoff);
    // Templates of other schema versions go once unused for three hours (their comment holds the
    // time they were built): a concurrent run of other code may still be cloning one.
    const templates = await admin.query<{ datname: string; built: string | null }>(
      `select datname, shobj_description(oid, 'pg_database') as built from pg_database where datname like 'gw\\_tpl\\_%'`,
    );
    const oldTemplates = templates.rows
      .filter((r) => r.datname !== template && Number(r.built ?? 0) < cutoff)
      .map((r) => r.datname);
    for (const name of [...old, ...oldTemplates]) {
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    }

    const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = `${template}_build_${process.pid}`;
      await admin.query(`drop database if exists "${building}"`);
      await admin.query(`create database "${building}"`);
      await migrateToLatest(withDatabase(baseDatabaseUrl, building));
      await admin.query(`alter database "${building}" rename to "${template}"`);
      await admin.query(`comment on database "${template}" is '${Date.now()}'`);
    }
  } finally {
    await admin.end();
  }
  project.provide('templateDatabase', template);
}
