import { promises as fs } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { CliError } from './errors.ts';
import { describeUrl, type Output, type Target } from './output.ts';

/** The server package's folder, where `npm start` runs the server. */

const hasCluster = (dataDir: string) =>
  fs.access(path.join(dataDir, 'pg', 'PG_VERSION')).then(
    () => true,
    () => false,
  );

/**
 * Runs `work` against the configured database: DATABASE_URL, or else the embedded cluster of the
 * data directory. A cluster the server is already running is re-used and left running; one this
 * command had to start is stopped again. Only commands that build a database from nothing
 * (`mayCreate`) may initialise a cluster: anything else on a missing one is a wrong data
 * directory, and an empty new cluster would only hide that.
 */
export async function withDatabase<T>(
  config: Config,
  out: Output,
  options: { mayCreate: boolean },
  work: (target: Target) => Promise<T>,
): Promise<T> {
  if (config.databaseUrl) {
    return work({ url: config.databaseUrl, label: describeUrl(config.databaseUrl), inUse: false });
  }

  const clusterExists = await hasCluster(config.dataDir);
  if (!clusterExists && !options.mayCreate) {
    throw new CliError(
      `There is no Groundwork database in ${config.dataDir}. Point GROUNDWORK_DATA at the server's ` +
        'data folder, set DATABASE_URL, or create one with "groundwork migrate" or "groundwork restore".',
    );
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, {
    info: out.debug,
    warn: out.debug,
    error: out.debug,
  }).catch((error: Error) => {
    throw new CliError(error.message);
  });
  if (!clusterExists) out.note(`Created a new embedded database in ${config.dataDir}.`);
  out.debug(
    embedded.owned ? 'started the embedded PostgreSQL for this command' : 're-using the running cluster',
  );
  try {
    return await work({
      url: embedded.url,
      label: `the embedded database in ${config.dataDir}`,
      inUse: !embedded.owned,
    });
  } finally {
    // An adopted cluster belongs to the running server: stopping it would take the server down.
    if (embedded.owned) await embedded.stop();
  }
}

/** Runs `fn` with a connection as the configured login itself (not the row-level-security role). */
export async function asOwner<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'groundwork-cli' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
