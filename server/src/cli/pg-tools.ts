import { spawn } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.ts';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, collecting what it printed. */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/**
 * How pg_dump and pg_restore reach a database: the URL without its password (argv is visible to
 * every user of the machine in `ps`), the password in PGPASSWORD.
 */
export function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

async function executable(file: string): Promise<boolean> {
  return fs.access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Debian and Ubuntu install each major version's tools side by side here, newest first. */
async function debianBinDirs(): Promise<string[]> {
  const root = '/usr/lib/postgresql';
  const versions = await fs.readdir(root).catch(() => [] as string[]);
  return versions
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

async function majorVersionOf(file: string): Promise<number | undefined> {
  const { stdout } = await run(file, ['--version']).catch(() => ({ stdout: '' }));
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout) ?? /\s(\d+)(\.\d+)?/.exec(stdout);
  return match ? Number(match[1]) : undefined;
}

/**
 * Finds pg_dump or pg_restore that can work with a server of `serverMajor`: they refuse (or
 * misread) servers newer than themselves. GROUNDWORK_PG_BIN wins; otherwise PATH, then the
 * Debian/Ubuntu folders.
 */
export async function findPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  const pinned = process.env.GROUNDWORK_PG_BIN;
  const dirs = pinned
    ? [pinned]
    : [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...(await debianBinDirs())];
  const tooOld: string[] = [];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (!(await executable(file))) continue;
    const major = await majorVersionOf(file);
    if (major !== undefined && major >= serverMajor) return file;
    tooOld.push(`${file} (version ${major ?? 'unknown'})`);
  }
  const install =
    `Install the PostgreSQL ${serverMajor} client tools (on Debian/Ubuntu: ` +
    `apt-get install postgresql-client-${serverMajor}), or set GROUNDWORK_PG_BIN to the folder that holds ` +
    `${name} ${serverMajor} or newer.`;
  if (tooOld.length > 0) {
    throw new CliError(
      `The database server runs PostgreSQL ${serverMajor}, but the only ${name} found is older: ` +
        `${tooOld.join(', ')}; an older ${name} cannot handle a newer server. ${install}`,
    );
  }
  const where = pinned ? `GROUNDWORK_PG_BIN (${pinned})` : 'PATH or /usr/lib/postgresql/*/bin';
  throw new CliError(`${name} was not found in ${where}. ${install}`);
}
