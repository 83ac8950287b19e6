import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli, scratchDir, serverDir } from './run-cli.ts';

// The zero-setup path of `npm start`: no DATABASE_URL, the server runs its own PostgreSQL in the
// data folder. Real processes, real signals.

const DEMO_PASSWORD = 'demo-password-embedded';
const ADMIN_PASSWORD = 'platform-password-embedded';

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

const started: RunningServer[] = [];
const scratches: Array<Awaited<ReturnType<typeof scratchDir>>> = [];

afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const scratch of scratches) {
    const pid = await postmasterPid(scratch.dir);
    if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
    await scratch.remove();
  }
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.split('\n')[0]);
}

async function startServer(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: cleanEnv({
      GROUNDWORK_DATA: dataDir,
      PORT: String(port),
      GROUNDWORK_HOST: '127.0.0.1',
      GROUNDWORK_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GROUNDWORK_DEMO_PASSWORD: DEMO_PASSWORD,
      GROUNDWORK_LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server = { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
  started.push(server);

  const until = Date.now() + 40_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${server.base}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become ready:\n${output}`);
}

async function stopServer(server: RunningServer): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

async function api(server: RunningServer, method: string, url: string, token?: string, body?: unknown) {
  const response = await fetch(`${server.base}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function demoAdminToken(server: RunningServer): Promise<string> {
  const reply = await api(server, 'POST', '/api/v1/auth/login', undefined, {
    tenant: 'demo',
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  expect(reply.status).toBe(200);
  return reply.body.accessToken;
}

async function orgUnitNames(server: RunningServer, token: string): Promise<string[]> {
  const reply = await api(server, 'GET', '/api/v1/org-units?limit=100', token);
  expect(reply.status).toBe(200);
  return reply.body.items.map((unit: { name: string }) => unit.name);
}

describe('the server on its embedded PostgreSQL', () => {
  let backupFile: string;

  it('starts from nothing, keeps its data across a restart, and a backup leaves it running', async () => {
    const scratch = await scratchDir('groundwork-embedded-');
    scratches.push(scratch);
    const dataDir = path.join(scratch.dir, 'data');
    backupFile = path.join(scratch.dir, 'while-running.dump');

    const first = await startServer(dataDir);
    const token = await demoAdminToken(first);
    const me = await api(first, 'GET', '/api/v1/auth/me', token);
    const unit = await api(first, 'POST', '/api/v1/org-units', token, {
      name: '深圳市',
      kind: 'city',
      parentId: me.body.user.orgUnitId,
    });
    expect(unit.status).toBe(201);

    // The CLI finds the cluster the server runs, uses it, and must not stop it.
    const postgresPid = await postmasterPid(dataDir);
    expect(postgresPid).toBeDefined();
    const backup = await runCli(['backup', '--file', backupFile], cleanEnv({ GROUNDWORK_DATA: dataDir }));
    expect(backup.stderr).toBe('');
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`the embedded database in ${dataDir}`);
    expect(alive(postgresPid!)).toBe(true);
    expect(await orgUnitNames(first, token)).toContain('深圳市');

    // Restoring under a running server would leave it with stale secrets and settings.
    const restore = await runCli(
      ['restore', '--clean', '--file', backupFile],
      cleanEnv({ GROUNDWORK_DATA: dataDir }),
    );
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('Stop the server first');
    expect(alive(postgresPid!)).toBe(true);

    expect(await stopServer(first)).toBe(0);
    expect(alive(postgresPid!)).toBe(false);

    const second = await startServer(dataDir);
    const again = await demoAdminToken(second);
    expect(await orgUnitNames(second, again)).toContain('深圳市');
    expect(await stopServer(second)).toBe(0);
    expect(second.output()).not.toMatch(/"level":50/);
  }, 60_000);

  it('restores that backup into a new data folder, whose cluster has never heard of the app role', async () => {
    expect(backupFile).toBeDefined();
    const scratch = await scratchDir('groundwork-restored-');
    scratches.push(scratch);
    const dataDir = path.join(scratch.dir, 'data');

    const restore = await runCli(['restore', '--file', backupFile], cleanEnv({ GROUNDWORK_DATA: dataDir }));
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toContain(`Created a new embedded database in ${dataDir}`);
    expect(restore.stdout).toContain('Restored');
    // The CLI started this cluster itself, so it stopped it again.
    expect(await postmasterPid(dataDir)).toBeUndefined();

    const server = await startServer(dataDir);
    const token = await demoAdminToken(server);
    expect(await orgUnitNames(server, token)).toContain('深圳市');
    expect(await stopServer(server)).toBe(0);
  }, 60_000);
});
