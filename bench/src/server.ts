import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer as startServerProcess } from '../../server/test/processes.ts';
import { JWT_SECRET, PLATFORM_PASSWORD } from './load/world.ts';

const HEAP_PROBE = fileURLToPath(new URL('./heap-probe.ts', import.meta.url));

/** The server's own memory figures in MB, as its heap probe last wrote them (heap-probe.ts). */
export interface HeapSample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** Resident memory of a process, current and high-water mark, in MB, from /proc. */
export function readRss(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export interface ServerUnderTest {
  base: string;
  pid: number;
  /** Starts attributing memory samples to a named phase. */
  phase(name: string): void;
  /** Peak RSS per phase, and the process's own high-water mark. */
  memory(): { phases: Record<string, number>; hwm: number };
  /** The V8 heap and RSS as the server itself sees them, at most a second old. */
  heap(): HeapSample | undefined;
  stop(): Promise<void>;
}

/**
 * The real server, `server/src/main.ts`, as its own process on a free loopback port, so that its
 * memory is its own and measured from /proc. Its log goes to our stderr only when it fails to start.
 */
export async function startServer(
  databaseUrl: string,
  options: { jobs: boolean; dataDir: string },
): Promise<ServerUnderTest> {
  const heapFile = path.join(options.dataDir, 'bench-heap.json');
  // The same V8 heap limit as `npm start` (server/package.json): without it V8 lets a busy heap grow
  // far past what it holds alive (672 MB peak during a 1M import; 219 MB with the limit).
  const child = await startServerProcess(
    databaseUrl,
    {
      GROUNDWORK_JOBS: String(options.jobs),
      GROUNDWORK_DATA: options.dataDir,
      GROUNDWORK_ADMIN_PASSWORD: PLATFORM_PASSWORD,
      GROUNDWORK_JWT_SECRET: JWT_SECRET,
      REDIS_URL: process.env.REDIS_URL ?? '',
      GROUNDWORK_BENCH_HEAP_FILE: heapFile,
    },
    { nodeArgs: ['--max-old-space-size=256', '--import', HEAP_PROBE], readyWithinMs: 90_000 },
  );
  const { base, pid } = child;
  const phases: Record<string, number> = {};
  let current = 'start';
  const sample = () => {
    const m = readRss(pid);
    if (m) phases[current] = Math.max(phases[current] ?? 0, m.rss);
  };
  const timer = setInterval(sample, 100);
  timer.unref();
  let hwm = 0;
  const memory = () => {
    sample();
    hwm = Math.max(hwm, readRss(pid)?.hwm ?? 0);
    return { phases: { ...phases }, hwm };
  };
  return {
    base,
    pid,
    phase(name) {
      sample();
      current = name;
    },
    memory,
    heap() {
      try {
        return JSON.parse(readFileSync(heapFile, 'utf8')) as HeapSample;
      } catch {
        return undefined;
      }
    },
    async stop() {
      memory();
      clearInterval(timer);
      await child.stop();
    },
  };
}
