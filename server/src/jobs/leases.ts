import type pg from 'pg';

/** The first key of every lease's advisory lock; the second is a hash of the queue job's id. */
const LEASE_NAMESPACE = 0x67776a62; // "gwjb"

/** How long a job may be active before a missing lease counts: a worker takes it within milliseconds. */
const GRACE_SECONDS = 5;

export interface ActiveJob {
  id: string;
  name: string;
  data: unknown;
  retryCount: number;
  retryLimit: number;
}

/**
 * Who is still working on a queue job. pg-boss marks a job active when a worker takes it and only
 * gives it up after its expiry (15–30 minutes): a process killed mid-job (SIGKILL, out of memory,
 * a lost machine) would hold an import, or the stately sweep, for that long. So every running job
 * holds a session advisory lock, its lease, on a connection of its own; PostgreSQL drops the lock
 * the moment that connection dies. An active job whose lease nobody holds is an orphan.
 */
export class JobLeases {
  constructor(private readonly pool: pg.Pool) {}

  /** Runs the job's work while holding its lease. */
  async hold<T>(jobId: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    client.on('error', () => {
      broken = true;
    });
    try {
      await client.query('select pg_advisory_lock($1, hashtext($2))', [LEASE_NAMESPACE, jobId]);
      return await work();
    } finally {
      if (!broken) {
        await client
          .query('select pg_advisory_unlock($1, hashtext($2))', [LEASE_NAMESPACE, jobId])
          .catch(() => {
            broken = true;
          });
      }
      client.release(broken);
    }
  }

  /** Active jobs of these queues that no live process holds a lease on. */
  async orphans(queues: string[]): Promise<ActiveJob[]> {
    const client = await this.pool.connect();
    try {
      const active = await client.query<{
        id: string;
        name: string;
        data: unknown;
        retry_count: number;
        retry_limit: number;
      }>(
        `select id::text, name, data, retry_count, retry_limit from pgboss.job
          where name = any($1::text[]) and state = 'active' and started_on < now() - make_interval(secs => $2)`,
        [queues, GRACE_SECONDS],
      );
      const orphaned: ActiveJob[] = [];
      for (const job of active.rows) {
        const { rows } = await client.query<{ free: boolean }>(
          'select pg_try_advisory_lock($1, hashtext($2)) as free',
          [LEASE_NAMESPACE, job.id],
        );
        if (!rows[0]?.free) continue;
        await client.query('select pg_advisory_unlock($1, hashtext($2))', [LEASE_NAMESPACE, job.id]);
        orphaned.push({
          id: job.id,
          name: job.name,
          data: job.data,
          retryCount: job.retry_count,
          retryLimit: job.retry_limit,
        });
      }
      return orphaned;
    } finally {
      client.release();
    }
  }
}
