import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { createRateLimitStore, type RateLimitStore } from './http/rate-limit.ts';
import { IdentityCache } from './platform/auth/identity-cache.ts';
import { loadTokenSecret, TokenService } from './platform/auth/tokens.ts';
import { type FieldCipher, loadFieldCipher } from './platform/crypto.ts';
import { TtlCache } from './ttl-cache.ts';

/** What every service is handed: the database, the clock, and the process-wide helpers. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  log: FastifyBaseLogger;
  tokens: TokenService;
  identities: IdentityCache;
  /** Per-tenant configuration read on hot paths (field validators, pools), keyed `<tenant>:<what>`. */
  tenantCache: TtlCache<unknown>;
  cipher: FieldCipher;
  /** Shared by every instance: PostgreSQL, or Redis with REDIS_URL. */
  rateLimits: RateLimitStore;
}

/** The one place that assembles Deps, for the HTTP app, the CLI and the job workers alike. */
export async function createDeps(parts: Pick<Deps, 'db' | 'clock' | 'config' | 'log'>): Promise<Deps> {
  return {
    ...parts,
    tokens: new TokenService(
      await loadTokenSecret(parts.db, parts.config.jwtSecret),
      parts.config.tokenTtlSeconds,
      parts.clock,
    ),
    identities: new IdentityCache(),
    tenantCache: new TtlCache(30_000),
    cipher: await loadFieldCipher(parts.db, parts.config.encryptionKey),
    rateLimits: createRateLimitStore({
      db: parts.db,
      clock: parts.clock,
      redisUrl: parts.config.redisUrl,
      warn: (err, message) => parts.log.warn({ err }, message),
    }),
  };
}
