import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { percentile } from './stats.ts';

const run = promisify(execFile);

/**
 * pgbench comes with PostgreSQL (Debian: the server package, pulled in by postgresql-contrib).
 * Where it is missing and we may install, we do, and say so.
 */
export function ensurePgbench(log: (message: string) => void): string {
  const version = () => execFileSync('pgbench', ['--version'], { encoding: 'utf8' }).trim();
  try {
    return version();
  } catch {
    if (process.getuid?.() !== 0)
      throw new Error(
        'pgbench is missing: install postgresql-contrib (Debian) or your distribution’s PostgreSQL client tools',
      );
    log('pgbench is missing: apt-get install postgresql-contrib');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql-contrib'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return version();
  }
}

export interface PgbenchResult {
  tps: number;
  p50: number;
  p99: number;
  transactions: number;
  failed: number;
}

/**
 * Runs scripts (picked at random per transaction, as pgbench does with several -f) for `seconds`
 * with `clients` connections. Latencies come from the per-transaction log, in milliseconds.
 * `options` goes to each connection's start-up: the app role and the bound tenant, so row-level
 * security filters exactly as it does for the server.
 */
export async function pgbench(
  url: string,
  scripts: string[],
  options: { clients: number; seconds?: number; transactions?: number; workDir: string; pgOptions: string },
): Promise<PgbenchResult> {
  const dir = path.join(options.workDir, `pgbench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(dir, { recursive: true });
  try {
    const files: string[] = [];
    for (const [i, text] of scripts.entries()) {
      const file = path.join(dir, `s${i}.sql`);
      await writeFile(file, text);
      files.push('-f', file);
    }
    const args = [
      '-n',
      '-M',
      'simple',
      '-c',
      String(options.clients),
      '-j',
      String(Math.min(2, options.clients)),
      ...(options.transactions
        ? ['-t', String(options.transactions)]
        : ['-T', String(options.seconds ?? 10)]),
      '-l',
      '--log-prefix',
      path.join(dir, 'tx'),
      ...files,
      url,
    ];
    const { stdout } = await run('pgbench', args, {
      env: { ...process.env, PGOPTIONS: options.pgOptions },
      maxBuffer: 16 << 20,
    });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1] ?? Number.NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    const latencies: number[] = [];
    for (const name of await readdir(dir)) {
      if (!name.startsWith('tx')) continue;
      for (const line of (await readFile(path.join(dir, name), 'utf8')).split('\n')) {
        // client_id transaction_no time script_no time_epoch time_us: `time` is the latency in µs.
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) latencies.push(us / 1000);
      }
    }
    return {
      tps,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      transactions: latencies.length,
      failed,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
