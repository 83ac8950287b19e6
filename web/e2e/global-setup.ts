import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const DEMO_PASSWORD = 'e2e-demo-password';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** DATABASE_URL names a database to connect to; when it does not exist yet, the server's default one serves. */
async function reachableDatabase(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return url;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
    return withDatabase(url, 'postgres');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * One real server for the browser tests: a fresh database on the PostgreSQL of DATABASE_URL
 * (CI's, or 127.0.0.1:5432), the demo tenant seeded into it, and a free port.
 */
export default async function setup(project: TestProject) {
  const base = await reachableDatabase(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const name = `gw_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // Databases of earlier runs that died (named with their creation time) go after three hours.
  const stale = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'gw\\_e2e\\_%'",
  );
  for (const { datname } of stale.rows) {
    const created = Number.parseInt(datname.split('_')[2] ?? '', 36);
    if (Date.now() - created > 3 * 3600_000)
      await admin.query(`drop database if exists "${datname}" with (force)`);
  }
  await admin.query(`create database "${name}"`);
  await admin.end();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('../../server/', import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: withDatabase(base, name),
      PORT: String(port),
      GROUNDWORK_HOST: '127.0.0.1',
      GROUNDWORK_DEMO_PASSWORD: DEMO_PASSWORD,
      GROUNDWORK_ADMIN_PASSWORD: 'e2e-admin-password',
      // Workers on: imports run as background jobs.
      GROUNDWORK_JOBS: 'true',
      GROUNDWORK_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));

  const deadline = Date.now() + 150_000;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`the server exited (${server.exitCode}) before it was ready`);
    try {
      const ready = await fetch(`${baseUrl}/readyz`);
      const page = await fetch(`${baseUrl}/m/`);
      if (ready.ok && page.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
    const cleanup = new pg.Client({ connectionString: base });
    await cleanup.connect();
    await cleanup.query(`drop database if exists "${name}" with (force)`);
    await cleanup.end();
  };
}
