import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import type { Config } from '../config.ts';
import { createDb } from '../db/database.ts';
import { migrations } from '../db/migrations/index.ts';
import type { Deps } from '../deps.ts';
import { CliError } from './errors.ts';
import type { Target } from './output.ts';
import { asOwner } from './target.ts';

async function pendingMigrations(url: string): Promise<string[]> {
  return asOwner(url, async (client) => {
    const table = await client.query(`select to_regclass('kysely_migration') is not null as present`);
    const applied = table.rows[0]?.present
      ? (await client.query<{ name: string }>('select name from kysely_migration')).rows.map((r) => r.name)
      : [];
    return Object.keys(migrations).filter((name) => !applied.includes(name));
  });
}

/** The services' dependencies, on a database whose schema is up to date. */
export async function withDeps<T>(
  { url, label }: Target,
  config: Config,
  work: (deps: Deps) => Promise<T>,
): Promise<T> {
  const pending = await pendingMigrations(url);
  if (pending.length > 0) {
    throw new CliError(`${label} lacks ${pending.length} migration(s): run "groundwork migrate" first.`);
  }
  const db = createDb(url, { max: 2, applicationName: 'groundwork-cli' });
  try {
    // The app assembles the services' dependencies; building it (without listening) keeps the CLI
    // in step with whatever the services come to need.
    const app = await buildApp({ db, config, clock: systemClock });
    try {
      return await work(app.deps);
    } finally {
      await app.close();
    }
  } finally {
    await db.destroy();
  }
}
