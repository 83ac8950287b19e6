import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { createPool } from './database.ts';
import { migrations } from './migrations/index.ts';

export const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings the database to the latest schema; runs as the configured login (the tables' owner). */
export async function migrateToLatest(
  connectionString: string,
  log: (message: string) => void = () => {},
): Promise<void> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: createPool(connectionString, { appRole: false, max: 1, applicationName: 'groundwork-migrate' }),
    }),
  });
  try {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
    });
    const { error, results } = await migrator.migrateToLatest();
    for (const result of results ?? []) {
      if (result.status === 'Success') log(`migration ${result.migrationName} applied`);
      if (result.status === 'Error') log(`migration ${result.migrationName} failed`);
    }
    if (error) throw error instanceof Error ? error : new Error(String(error));
  } finally {
    await db.destroy();
  }
}
