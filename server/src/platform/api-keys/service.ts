import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit } from '../audit/service.ts';
import type { Identity } from '../auth/identity-cache.ts';
import { type Actor, isTenantAdmin, type TenantRole } from '../roles.ts';
import * as repo from './repo.ts';

export type ApiKey = Awaited<ReturnType<typeof repo.insertApiKey>>;

export const API_KEY_PREFIX = 'gwk_';
const KEY_PATTERN = /^gwk_([1-9][0-9]{0,17})_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{43})$/;

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const canManageApiKeys = (actor: Actor) => isTenantAdmin(actor);

/** Creates a key; the full key is returned this once and only its hash is kept. */
export async function createApiKey(deps: Deps, actor: Actor, input: { name: string; role: TenantRole }) {
  if (!canManageApiKeys(actor)) throw forbidden('Only a tenant administrator may create API keys');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const key = await repo.insertApiKey(trx, actor.tenantId, {
      name: input.name,
      role: input.role,
      createdBy: actor.kind === 'user' ? actor.id : null,
      at: deps.clock.now(),
    });
    const secret = randomBytes(32).toString('base64url');
    await repo.setSecretHash(trx, actor.tenantId, key.id, sha256(secret));
    await audit(trx, deps.clock, actor, {
      action: 'api_key.created',
      object: 'api_key',
      objectId: key.id,
      after: key,
    });
    return { key, token: `${API_KEY_PREFIX}${actor.tenantId}_${key.id}_${secret}` };
  });
}

export async function listApiKeys(deps: Deps, actor: Actor, query: { limit: number; cursor?: string }) {
  if (!canManageApiKeys(actor)) throw forbidden('Only a tenant administrator may see API keys');
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    repo.listApiKeys(trx, actor.tenantId, { afterId, limit: query.limit }),
  );
  return toPage(rows, query.limit, (row) => [row.id]);
}

export async function revokeApiKey(deps: Deps, actor: Actor, id: string) {
  if (!canManageApiKeys(actor)) throw forbidden('Only a tenant administrator may revoke API keys');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await repo.findApiKey(trx, actor.tenantId, id);
    if (!before) throw notFound('API key');
    if (before.revoked_at) return;
    await repo.updateApiKey(trx, actor.tenantId, id, { revoked_at: deps.clock.now() });
    await audit(trx, deps.clock, actor, { action: 'api_key.revoked', object: 'api_key', objectId: id });
    after(() => deps.identities.evict(actor.tenantId, 'api_key', id));
  });
}

export const looksLikeApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/** The identity behind a presented key, or undefined when it is unknown, wrong or revoked. */
export async function verifyApiKey(
  deps: Deps,
  token: string,
): Promise<{ tenantId: string; keyId: string; identity: Identity } | undefined> {
  const match = KEY_PATTERN.exec(token);
  if (!match) return undefined;
  const [, tenantId, keyId, secret] = match as unknown as [string, string, string, string];
  const presentedHash = sha256(secret);
  const cached = deps.identities.get(tenantId, 'api_key', keyId);
  if (cached && cached.secretHash === presentedHash) return { tenantId, keyId, identity: cached };
  const key = await inTenant(deps.db, tenantId, async (trx) => {
    const found = await repo.findApiKey(trx, tenantId, keyId);
    if (!found || found.revoked_at) return undefined;
    const stored = Buffer.from(found.secret_hash, 'hex');
    const presented = Buffer.from(presentedHash, 'hex');
    if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) return undefined;
    await repo.updateApiKey(trx, tenantId, keyId, { last_used_at: deps.clock.now() });
    return found;
  });
  if (!key) return undefined;
  const identity: Identity = {
    role: key.role as TenantRole,
    name: `api-key:${key.name}`,
    orgUnitId: null,
    orgPath: null,
    active: true,
    secretHash: presentedHash,
  };
  deps.identities.set(tenantId, 'api_key', keyId, identity);
  return { tenantId, keyId, identity };
}
