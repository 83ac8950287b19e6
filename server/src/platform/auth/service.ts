import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import { count, type Limit, refuseIfSpent } from '../../http/rate-limit.ts';
import * as apiKeys from '../api-keys/service.ts';
import { audit } from '../audit/service.ts';
import { type Actor, scopePathFor, systemActor } from '../roles.ts';
import * as tenants from '../tenants/service.ts';
import * as users from '../users/service.ts';
import { verifyDecoy } from './passwords.ts';

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

const badCredentials = () =>
  new DomainError('invalid_credentials', 'The tenant, username or password is not right');

/**
 * Failed logins per client address, across all instances and accounts: the per-user lockout stops
 * guessing one password, this stops trying one password on many accounts. Generous, because an
 * office or a mobile carrier puts many people behind one address; successful logins never count.
 */
export const LOGIN_FAILURE_LIMIT: Limit = { name: 'login-failures', max: 50, windowMs: 15 * 60 * 1000 };

export async function login(
  deps: Deps,
  input: { tenant: string; username: string; password: string },
  meta: RequestMeta,
) {
  const message = 'Too many failed logins from your address';
  if (meta.ip) await refuseIfSpent(deps.rateLimits, LOGIN_FAILURE_LIMIT, meta.ip, message);
  const failed = async () => {
    if (meta.ip) await count(deps.rateLimits, LOGIN_FAILURE_LIMIT, meta.ip);
  };
  const tenant = await tenants.findTenantBySlug(deps, input.tenant);
  if (!tenant?.active) {
    await verifyDecoy(input.password);
    await failed();
    throw badCredentials();
  }
  const check = await users.checkCredentials(deps, tenant.id, input.username, input.password);
  if (!check.ok) {
    await failed();
    if (check.justLocked && check.userId) {
      await inTenant(deps.db, tenant.id, (trx) =>
        audit(
          trx,
          deps.clock,
          { ...systemActor(tenant.id, 'login'), ...meta },
          {
            action: 'user.locked',
            object: 'user',
            objectId: check.userId,
            note: { reason: 'too many failed logins', until: check.lockedUntil },
          },
        ),
      );
    }
    if (check.lockedUntil) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((check.lockedUntil.getTime() - deps.clock.now().getTime()) / 1000),
      );
      throw new DomainError('account_locked', 'Too many failed logins: this account is locked for a while', {
        retryAfterSeconds,
      });
    }
    throw badCredentials();
  }
  const actor = await actorForUser(deps, tenant.id, check.userId, meta);
  const user = await users.getUser(deps, actor, check.userId);
  await inTenant(deps.db, tenant.id, (trx) =>
    audit(trx, deps.clock, actor, { action: 'auth.login', object: 'user', objectId: check.userId }),
  );
  const { token, expiresAt } = await deps.tokens.issue({ tenantId: tenant.id, userId: check.userId });
  return { accessToken: token, expiresAt, user, tenant };
}

export async function actorForUser(
  deps: Deps,
  tenantId: string,
  userId: string,
  meta: RequestMeta,
): Promise<Actor> {
  const identity = await users.identityOf(deps, tenantId, userId);
  if (!identity?.active) throw new DomainError('unauthorized', 'This account is no longer active');
  return {
    tenantId,
    kind: 'user',
    id: userId,
    name: identity.name,
    role: identity.role,
    orgUnitId: identity.orgUnitId,
    scopePath: scopePathFor(identity.role, 'user', identity.orgPath),
    ...meta,
  };
}

/** Turns the credential a request carries (access token or API key) into an actor. */
export async function authenticate(deps: Deps, credential: string, meta: RequestMeta): Promise<Actor> {
  if (apiKeys.looksLikeApiKey(credential)) {
    const verified = await apiKeys.verifyApiKey(deps, credential);
    if (!verified) throw new DomainError('unauthorized', 'The API key is not valid or has been revoked');
    return {
      tenantId: verified.tenantId,
      kind: 'api_key',
      id: verified.keyId,
      name: verified.identity.name,
      role: verified.identity.role,
      orgUnitId: null,
      scopePath: null,
      ...meta,
    };
  }
  const claims = await deps.tokens.verify(credential);
  return actorForUser(deps, claims.tenantId, claims.userId, meta);
}
