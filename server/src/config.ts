import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment, parsed and checked once at start. */
export interface Config {
  /** Unset → the embedded PostgreSQL in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  seedDemo: boolean;
  jwtSecret: string | undefined;
  tokenTtlSeconds: number;
  encryptionKey: string | undefined;
  /** GROUNDWORK_TRUST_PROXY: false, true (any hop), or the proxies' addresses/CIDRs. */
  trustProxy: boolean | string[];
  /** Keeps rate-limit counts in Redis instead of PostgreSQL. */
  redisUrl: string | undefined;
  /** Run background workers and schedules (imports, pool sweep) in this process. */
  jobs: boolean;
  logLevel: string;
  /** Largest contract attachment accepted, in bytes. */
  attachmentMaxBytes: number;
}

export class ConfigError extends Error {}

/**
 * ./data of the repository, wherever the process was started from: `npm start` at the root runs
 * the server in its package folder, and the CLI may run anywhere; both must find the same files.
 */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

/**
 * Which proxies may tell us the client's address in X-Forwarded-For: `true` any (only when nothing
 * but the proxy can reach the port), or the proxies' addresses and CIDR ranges (safer: a client
 * cannot forge its address by sending the header itself).
 */
function trustProxy(env: NodeJS.ProcessEnv): boolean | string[] {
  const raw = optional(env, 'GROUNDWORK_TRUST_PROXY');
  if (raw === undefined) return false;
  if (/^(1|true|yes|on|0|false|no|off)$/i.test(raw)) return bool(env, 'GROUNDWORK_TRUST_PROXY', false);
  const list = raw.split(',').map((part) => part.trim());
  if (list.some((part) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(part))) {
    throw new ConfigError(
      `GROUNDWORK_TRUST_PROXY must be true, false or a comma-separated list of addresses/CIDRs, got "${raw}"`,
    );
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const adminPassword = optional(env, 'GROUNDWORK_ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('GROUNDWORK_ADMIN_PASSWORD must be at least 8 characters long');
  }
  const jwtSecret = optional(env, 'GROUNDWORK_JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('GROUNDWORK_JWT_SECRET must be at least 32 characters long');
  }
  const encryptionKey = optional(env, 'GROUNDWORK_ENCRYPTION_KEY');
  if (encryptionKey !== undefined && Buffer.from(encryptionKey, 'base64').length !== 32) {
    throw new ConfigError('GROUNDWORK_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  }
  const redisUrl = optional(env, 'REDIS_URL');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  }
  return {
    databaseUrl,
    dataDir: path.resolve(optional(env, 'GROUNDWORK_DATA') ?? DEFAULT_DATA_DIR),
    port: int(env, 'PORT', 3000, 0, 65535),
    host: optional(env, 'GROUNDWORK_HOST') ?? '0.0.0.0',
    adminPassword,
    demoPassword: optional(env, 'GROUNDWORK_DEMO_PASSWORD'),
    seedDemo: bool(env, 'GROUNDWORK_DEMO', true),
    jwtSecret,
    tokenTtlSeconds: int(env, 'GROUNDWORK_TOKEN_TTL', 12 * 3600, 60, 30 * 24 * 3600),
    encryptionKey,
    trustProxy: trustProxy(env),
    redisUrl,
    jobs: bool(env, 'GROUNDWORK_JOBS', true),
    logLevel: optional(env, 'GROUNDWORK_LOG_LEVEL') ?? 'info',
    attachmentMaxBytes: int(env, 'GROUNDWORK_ATTACHMENT_MAX_MB', 20, 1, 1024) * 1024 * 1024,
  };
}
