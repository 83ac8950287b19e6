import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { ManualClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/database.ts';
import { baseDatabaseUrl, withDatabase } from './database-url.ts';
import { TestContext } from './harness.ts';

/** The server package folder: the CLI and the server run from here, as `npm start` does. */
export const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** This environment without the variables that choose a database, so that each test picks its own. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GROUNDWORK_')) delete env[name];
  delete env.DATABASE_URL;
  return { ...env, ...extra };
}

/** Runs `groundwork …` the way an operator does, as its own process. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: serverDir,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** Node prints stack frames as "    at fn (file:line)"; an operator should never see one. */
export const STACK_FRAME = /^\s+at .+:\d+/m;

/**
 * Keeps a connection open to a database so that the global setup of a concurrent test run, which
 * drops every gw_t_ database nobody is connected to, leaves it alone while the CLI is not connected.
 */
export async function holdDatabase(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return () => client.end();
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/** A database made with a plain CREATE DATABASE: no schema, unlike the harness's template clones. */
export async function createEmptyDatabase(): Promise<ScratchDatabase> {
  // The gw_t_ prefix lets the global setup drop it should this run die before `drop`.
  const name = `gw_t_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database "${name}"`);
  const url = withDatabase(baseDatabaseUrl, name);
  const release = await holdDatabase(url);
  return {
    name,
    url,
    drop: async () => {
      await release();
      await adminQuery(`drop database if exists "${name}" with (force)`);
    },
  };
}

export async function adminQuery<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
  url = baseDatabaseUrl,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** The real app on a database the CLI prepared; closing it leaves the database to its owner. */
export async function appOn(url: string, drop: () => Promise<void> = async () => {}): Promise<TestContext> {
  const config = loadConfig({ DATABASE_URL: url, GROUNDWORK_LOG_LEVEL: 'silent' });
  const db = createDb(url, { max: 3 });
  // The harness's fixed start: tokens issued by the test's own context stay valid here.
  const clock = new ManualClock();
  const app = await buildApp({ db, config, clock });
  return new TestContext(app, db, clock, url, config, drop);
}

/** A scratch folder under the system's temporary folder, removed by the returned function. */
export async function scratchDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(tmpdir(), prefix));
  // As root, the embedded PostgreSQL runs as the `postgres` user, who must be able to enter it.
  await fs.chmod(dir, 0o755);
  return { dir, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}
