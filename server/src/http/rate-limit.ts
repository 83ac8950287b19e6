import { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';

/** A limit: at most `max` counted events per key in a fixed window of `windowMs`. */
export interface Limit {
  name: string;
  max: number;
  windowMs: number;
}

export interface Window {
  hits: number;
  /** Milliseconds until the window closes and the count starts again. */
  resetMs: number;
}

/**
 * Where the counts live. Every instance must see the same counts, or N instances would let N
 * times the limit through: PostgreSQL by default, Redis when REDIS_URL is set.
 */
export interface RateLimitStore {
  readonly kind: 'postgres' | 'redis';
  /** Counts one event and returns the window with it. */
  hit(key: string, windowMs: number): Promise<Window>;
  /** The window as it stands, without counting (null: no event in an open window). */
  peek(key: string): Promise<Window | null>;
  close(): Promise<void>;
}

const CLEANUP_EVERY_MS = 10 * 60_000;

/**
 * Counts in the unlogged table `rate_limit_window`: one atomic upsert per hit, which restarts the
 * window when the stored one has closed. Closed windows are deleted now and then by whichever
 * instance comes first.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly kind = 'postgres';
  private lastCleanup = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async hit(key: string, windowMs: number): Promise<Window> {
    const now = this.clock.now();
    await this.cleanup(now);
    const endsAt = new Date(now.getTime() + windowMs);
    const row = await sql<{ hits: number; ends_at: Date }>`
      insert into rate_limit_window as w (key, hits, ends_at) values (${key}, 1, ${endsAt})
      on conflict (key) do update set
        hits = case when w.ends_at <= ${now} then 1 else w.hits + 1 end,
        ends_at = case when w.ends_at <= ${now} then excluded.ends_at else w.ends_at end
      returning hits, ends_at`
      .execute(this.db)
      .then((result) => result.rows[0]!);
    return { hits: row.hits, resetMs: row.ends_at.getTime() - now.getTime() };
  }

  async peek(key: string): Promise<Window | null> {
    const now = this.clock.now();
    const row = await this.db
      .selectFrom('rate_limit_window')
      .select(['hits', 'ends_at'])
      .where('key', '=', key)
      .where('ends_at', '>', now)
      .executeTakeFirst();
    return row ? { hits: row.hits, resetMs: row.ends_at.getTime() - now.getTime() } : null;
  }

  private async cleanup(now: Date) {
    if (now.getTime() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now.getTime();
    await this.db.deleteFrom('rate_limit_window').where('ends_at', '<', now).execute();
  }

  async close() {}
}

// INCR and PEXPIRE in one script, so a window can never be left without its expiry.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {hits, ttl}`;

/**
 * Counts in Redis (REDIS_URL): one round trip per hit; Redis expires closed windows itself. While
 * Redis is unreachable the limit is not enforced (logged): the public form and the login stay up,
 * and the per-user lockout, kept in the database, still guards every account.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly kind = 'redis';
  private readonly redis: Redis;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly warn: (error: unknown, message: string) => void,
  ) {
    // One retry, then the command fails instead of waiting for Redis to come back.
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.redis.on('error', (error) => this.report(error));
  }

  private report(error: unknown) {
    const now = Date.now();
    if (now - this.lastWarning < 60_000) return;
    this.lastWarning = now;
    this.warn(error, 'Redis is unreachable: rate limits are not enforced until it answers');
  }

  private key(key: string) {
    return `groundwork:rate:${key}`;
  }

  async hit(key: string, windowMs: number): Promise<Window> {
    try {
      const [hits, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.key(key), String(windowMs))) as [
        number,
        number,
      ];
      return { hits, resetMs: ttl };
    } catch (error) {
      this.report(error);
      return { hits: 0, resetMs: windowMs };
    }
  }

  async peek(key: string): Promise<Window | null> {
    try {
      const [hits, ttl] = await Promise.all([this.redis.get(this.key(key)), this.redis.pttl(this.key(key))]);
      return hits === null || ttl < 0 ? null : { hits: Number(hits), resetMs: ttl };
    } catch (error) {
      this.report(error);
      return null;
    }
  }

  async close() {
    if (this.redis.status === 'wait' || this.redis.status === 'end') return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createRateLimitStore(options: {
  db: Db;
  clock: Clock;
  redisUrl: string | undefined;
  warn: (error: unknown, message: string) => void;
}): RateLimitStore {
  return options.redisUrl
    ? new RedisRateLimitStore(options.redisUrl, options.warn)
    : new PostgresRateLimitStore(options.db, options.clock);
}

const limited = (window: Window, message: string) => {
  const retryAfterSeconds = Math.max(1, Math.ceil(window.resetMs / 1000));
  return new DomainError('rate_limited', `${message}; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
};

/** Counts one request and refuses it (429 rate_limited + Retry-After) past the limit. */
export async function consume(store: RateLimitStore, limit: Limit, subject: string, message: string) {
  const window = await store.hit(`${limit.name}:${subject}`, limit.windowMs);
  if (window.hits > limit.max) throw limited(window, message);
}

/** Refuses at once when the subject has used up the limit already; counts nothing. */
export async function refuseIfSpent(store: RateLimitStore, limit: Limit, subject: string, message: string) {
  const window = await store.peek(`${limit.name}:${subject}`);
  if (window && window.hits >= limit.max) throw limited(window, message);
}

/** Counts one event (a failed login) against the limit without refusing anything now. */
export async function count(store: RateLimitStore, limit: Limit, subject: string) {
  await store.hit(`${limit.name}:${subject}`, limit.windowMs);
}
