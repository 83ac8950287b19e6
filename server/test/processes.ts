import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { PLATFORM_PASSWORD } from './platform-password.ts';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  base: string;
  pid: number;
  /** The last 20,000 characters the process wrote. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** SIGKILL: the process dies on the spot, as in a crash or an out-of-memory kill. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the graceful shutdown. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Node.js options, after tsx is loaded so that a TypeScript module may be preloaded (a heap limit, a probe). */
  nodeArgs?: string[];
  readyWithinMs?: number;
}

/**
 * The real server (`src/main.ts`) as a process of its own on a free loopback port, the way an
 * operator runs it; resolves once /readyz answers. Its token secret is the database's, so tokens
 * issued by an in-process app on the same database work here too. The bench starts its servers
 * through this as well.
 */
export async function startServer(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const readyWithinMs = options.readyWithinMs ?? 60_000;
  const args = ['--import', 'tsx', ...(options.nodeArgs ?? []), 'src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      GROUNDWORK_HOST: '127.0.0.1',
      GROUNDWORK_DEMO: 'false',
      GROUNDWORK_LOG_LEVEL: 'warn',
      GROUNDWORK_ADMIN_PASSWORD: PLATFORM_PASSWORD,
      GROUNDWORK_JWT_SECRET: '',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let done = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      done = true;
      resolve();
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (done) throw new Error(`The server exited while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become ready in ${readyWithinMs / 1000} s:\n${output}`);
    }
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid!,
    output: () => output,
    exited,
    async kill() {
      if (!done) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

export interface HttpReply {
  status: number;
  headers: Headers;
  body: any;
}

/** One JSON request to a server process; a refused connection is an error, not a reply. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpReply> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body };
}

/** A token from the server process itself: tokens of an in-process app carry its test clock's time. */
export async function loginTo(base: string, tenant: string, username: string, password: string) {
  const reply = await call(base, 'POST', '/api/v1/auth/login', { body: { tenant, username, password } });
  if (reply.status !== 200) throw new Error(`login ${tenant}/${username}: ${JSON.stringify(reply.body)}`);
  return reply.body.accessToken as string;
}
