import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { IdentityCache } from './platform/auth/identity-cache.ts';
import type { TokenService } from './platform/auth/tokens.ts';

/** What every service is handed: the database, the clock, and the process-wide helpers. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  log: FastifyBaseLogger;
  tokens: TokenService;
  identities: IdentityCache;
}
