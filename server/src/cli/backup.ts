import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_ROLE } from '../db/database.ts';
import { CliError } from './errors.ts';
import type { Output, Target } from './output.ts';
import { findPgTool, libpqTarget, run } from './pg-tools.ts';
import { planRestore } from './restore-plan.ts';
import { asOwner } from './target.ts';

async function serverMajor(url: string): Promise<number> {
  return asOwner(url, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  });
}

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** pg_dump in its custom format: compressed, and pg_restore can pick from it. */
export async function backup({ url, label }: Target, file: string, out: Output): Promise<void> {
  const pgDump = await findPgTool('pg_dump', await serverMajor(url));
  const target = path.resolve(file);
  // Written beside the target and renamed at the end, so a failed run never leaves a truncated
  // file under the name of a good backup.
  const partial = `${target}.partial`;
  await fs.rm(partial, { force: true });
  // The dump holds password hashes and the token-signing secret: readable by this user only.
  await fs.writeFile(partial, '', { mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot write the backup to ${target}: ${error.message}`);
  });
  const { dbname, env } = libpqTarget(url);
  out.debug(`${pgDump} --format=custom --file ${partial}`);
  const result = await run(
    pgDump,
    ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${dbname}`],
    env,
  );
  if (result.code !== 0) {
    await fs.rm(partial, { force: true });
    throw new CliError(`pg_dump failed: ${result.stderr.trim() || `exit code ${result.code}`}`);
  }
  await fs.rename(partial, target);
  const { size } = await fs.stat(target);
  out.say(`Backup of ${label} written to ${target} (${sizeOf(size)}).`);
  out.say('It contains password hashes and the token-signing secret: keep it as private as the database.');
}

/** Sessions of a Groundwork server (its pool's application name) on this database. */
async function serverConnections(url: string): Promise<number> {
  return asOwner(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from pg_stat_activity
       where datname = current_database() and application_name = 'groundwork' and pid <> pg_backend_pid()`,
    );
    return Number(rows[0]!.count);
  });
}

async function tablesIn(url: string): Promise<number> {
  return asOwner(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'`,
    );
    return Number(rows[0]!.count);
  });
}

/**
 * The dump's policies and grants name the application role, which lives in the cluster, not in
 * the database: a new cluster (another machine, a new embedded database) lacks it. Created and
 * granted as the first migration does. Returns the restoring login's name.
 */
async function prepareAppRole(url: string): Promise<string> {
  return asOwner(url, async (client) => {
    await client.query(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
          create role ${APP_ROLE} nologin;
        end if;
      end
      $$`);
    const { rows } = await client.query<{ login: string; member: boolean }>(
      `select current_user as login, pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') as member`,
    );
    if (!rows[0]!.member) await client.query(`grant ${APP_ROLE} to current_user`);
    return rows[0]!.login;
  });
}

async function readHead(file: string, bytes: number): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/**
 * Restores a `groundwork backup` file. pg_restore replays it in one transaction, so on its errors
 * the database is unchanged; the few statements it cannot run itself follow in a second one.
 */
export async function restore(
  { url, label, inUse }: Target,
  file: string,
  options: { clean: boolean },
  out: Output,
) {
  const archive = path.resolve(file);
  const head = await readHead(archive, 5).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read the backup ${archive}: ${error.message}`);
  });
  if (head !== 'PGDMP') {
    throw new CliError(`${archive} is not a backup made by "groundwork backup" (pg_dump custom format).`);
  }
  const pgRestore = await findPgTool('pg_restore', await serverMajor(url));
  // Best effort for a database server (an idle server may hold no connection); certain for the
  // embedded cluster, which only runs while a server or another command uses it.
  if (inUse || (await serverConnections(url)) > 0) {
    throw new CliError(
      `A Groundwork server is using ${label}; nothing was restored. Stop the server first: it ` +
        'would go on with the secrets and settings it read before the restore.',
    );
  }
  if (!options.clean) {
    const tables = await tablesIn(url);
    if (tables > 0) {
      throw new CliError(
        `${label} is not empty (${tables} tables); nothing was restored. ` +
          'Restore into an empty database, or add --clean to drop and replace what the backup ' +
          'contains (the current data is lost).',
      );
    }
  }
  const login = await prepareAppRole(url);
  const work = await fs.mkdtemp(path.join(tmpdir(), 'groundwork-restore-'));
  try {
    const plan = await planRestore(pgRestore, archive, login, work);
    await asOwner(url, async (client) => {
      for (const statement of plan.before) await client.query(statement);
    });
    const { dbname, env } = libpqTarget(url);
    const args = [
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--no-password',
      ...(options.clean ? ['--clean', '--if-exists'] : []),
      `--use-list=${plan.listFile}`,
      `--dbname=${dbname}`,
      archive,
    ];
    out.debug(`${pgRestore} ${args.filter((a) => !a.startsWith('--dbname')).join(' ')}`);
    const result = await run(pgRestore, args, env);
    if (result.code !== 0) {
      throw new CliError(
        `pg_restore failed; the database was left as it was:\n${result.stderr.trim() || `exit code ${result.code}`}`,
      );
    }
    await asOwner(url, async (client) => {
      await client.query('begin');
      try {
        // The deferred indexes call extension functions whose bodies name their types without a
        // schema: they resolve only with `public` on the path, which pg_restore empties.
        await client.query('set local search_path = public, pg_catalog');
        for (const statement of plan.after) await client.query(statement);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new CliError(
          `The data is restored, but finishing the schema failed (${(error as Error).message}). ` +
            `These statements still need to run:\n${plan.after.join('\n')}`,
        );
      }
    });
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  out.say(`Restored ${archive} into ${label}.`);
}
