import type { Role } from '../roles.ts';

/** What a request needs to know about who is calling, re-read from the database at most every TTL. */
export interface Identity {
  role: Role;
  name: string;
  orgUnitId: string | null;
  orgPath: string | null;
  active: boolean;
  /** API keys only: the hash the cached entry was verified against. */
  secretHash?: string;
}

const MAX_ENTRIES = 10_000;

/**
 * Saves a database round trip per request. Changes made through this process evict the entry at
 * once; other instances see them within the TTL (a deactivated user is refused within seconds).
 */
export class IdentityCache {
  private readonly entries = new Map<string, { identity: Identity; expires: number }>();
  constructor(private readonly ttlMs = 10_000) {}

  private key(tenantId: string, kind: string, id: string) {
    return `${tenantId}:${kind}:${id}`;
  }

  get(tenantId: string, kind: string, id: string): Identity | undefined {
    const key = this.key(tenantId, kind, id);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.identity;
  }

  set(tenantId: string, kind: string, id: string, identity: Identity): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(this.key(tenantId, kind, id), { identity, expires: Date.now() + this.ttlMs });
  }

  evict(tenantId: string, kind: string, id: string): void {
    this.entries.delete(this.key(tenantId, kind, id));
  }

  /** An org unit moved: every cached path of this tenant may be stale. */
  evictTenant(tenantId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${tenantId}:`)) this.entries.delete(key);
  }
}
