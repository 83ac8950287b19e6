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
    const stale = await admin.query<{ datname: string }>(
      `select datname from pg_database
       where (datname like 'gw\\_t\\_%' or (datname like 'gw\\_tpl\\_%' and datname <> $1))
         and not exists (select 1 from pg_stat_activity a where a.datname = pg_database.datname)`,
      [template],
    );
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}"`);

    const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = `${template}_build_${process.pid}`;
      await admin.query(`drop database if exists "${building}"`);
      await admin.query(`create database "${building}"`);
      await migrateToLatest(withDatabase(baseDatabaseUrl, building));
      await admin.query(`alter database "${building}" rename to "${template}"`);
    }
  } finally {
    await admin.end();
  }
  project.provide('templateDatabase', template);
}
