import { MINUTE } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit, diff } from '../audit/service.ts';
import type { Identity } from '../auth/identity-cache.ts';
import { hashPassword, verifyDecoy, verifyPassword } from '../auth/passwords.ts';
import * as org from '../org/service.ts';
import { type Actor, inScope, type Role } from '../roles.ts';
import { canManageUsers } from './policy.ts';
import * as repo from './repo.ts';

export type User = Awaited<ReturnType<typeof repo.insertUser>>;

export const LOCKOUT = { failures: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string;
  phone?: string;
}

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', message, { errors: [{ path, message }] });
}

/** Inside an open transaction; the tenant-creation use case calls it for the first admin. */
export async function createUserInTx(trx: Tx, deps: Deps, actor: Actor, input: NewUser): Promise<User> {
  const unit = await org.getUnitInTx(trx, actor, input.orgUnitId).catch(() => {
    throw invalid('/orgUnitId', 'No such org unit');
  });
  if (await repo.usernameTaken(trx, actor.tenantId, input.username)) {
    throw new DomainError('username_taken', `The username "${input.username}" is taken`);
  }
  const now = deps.clock.now();
  const user = await repo.insertUser(trx, actor.tenantId, {
    org_unit_id: unit.id,
    role: input.role,
    username: input.username,
    display_name: input.displayName,
    phone: input.phone ?? null,
    password_hash: await hashPassword(input.password),
    created_at: now,
    updated_at: now,
  });
  await audit(trx, deps.clock, actor, {
    action: 'user.created',
    object: 'user',
    objectId: user.id,
    after: user,
  });
  return user;
}

export async function createUser(deps: Deps, actor: Actor, input: NewUser) {
  if (!canManageUsers(actor)) throw forbidden('Only a tenant administrator may add users');
  return inTenant(deps.db, actor.tenantId, (trx) => createUserInTx(trx, deps, actor, input));
}

async function getUserInTx(trx: Tx, actor: Actor, id: string) {
  const user = await repo.findUser(trx, actor.tenantId, id);
  if (!user || !inScope(actor, user.org_path)) throw notFound('User');
  return user;
}

export async function getUser(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, (trx) => getUserInTx(trx, actor, id));
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<Omit<NewUser, 'username'>> & { active?: boolean },
) {
  if (!canManageUsers(actor)) throw forbidden('Only a tenant administrator may change users');
  if (
    actor.kind === 'user' &&
    actor.id === id &&
    (input.active === false || (input.role && input.role !== actor.role))
  ) {
    throw new DomainError('conflict', 'You cannot deactivate yourself or change your own role');
  }
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const { org_path: _path, ...before } = await getUserInTx(trx, actor, id);
    if (before.role === 'platform_admin' || input.role === 'platform_admin') {
      throw forbidden('The platform administrator is managed by the platform');
    }
    if (input.orgUnitId !== undefined) {
      await org.getUnitInTx(trx, actor, input.orgUnitId).catch(() => {
        throw invalid('/orgUnitId', 'No such org unit');
      });
    }
    const user = await repo.updateUser(trx, actor.tenantId, id, {
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.orgUnitId !== undefined && { org_unit_id: input.orgUnitId }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.active !== undefined && { active: input.active }),
      ...(input.password !== undefined && {
        password_hash: await hashPassword(input.password),
        failed_logins: 0,
        locked_until: null,
      }),
      updated_at: deps.clock.now(),
    });
    const changes = diff(before, user);
    if (input.password !== undefined) changes.password = ['[redacted]', '[changed]'];
    await audit(trx, deps.clock, actor, { action: 'user.updated', object: 'user', objectId: id, changes });
    after(() => deps.identities.evict(actor.tenantId, 'user', id));
    return user;
  });
}

export async function listUsers(
  deps: Deps,
  actor: Actor,
  query: { orgUnitId?: string; role?: string; active?: boolean; q?: string; limit: number; cursor?: string },
) {
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const orgUnitPath =
      query.orgUnitId === undefined ? undefined : (await org.getUnitInTx(trx, actor, query.orgUnitId)).path;
    return repo.listUsers(trx, actor.tenantId, {
      scopePath: actor.scopePath,
      orgUnitPath,
      role: query.role,
      active: query.active,
      q: query.q,
      afterId,
      limit: query.limit,
    });
  });
  return toPage(rows, query.limit, (row) => [row.id]);
}

/** Who a token's subject is now: role, unit and whether still active. Cached briefly. */
export async function identityOf(
  deps: Deps,
  tenantId: string,
  userId: string,
): Promise<Identity | undefined> {
  const cached = deps.identities.get(tenantId, 'user', userId);
  if (cached) return cached;
  const user = await inTenant(deps.db, tenantId, (trx) => repo.findUser(trx, tenantId, userId));
  if (!user) return undefined;
  const identity: Identity = {
    role: user.role as Role,
    name: user.username,
    orgUnitId: user.org_unit_id,
    orgPath: user.org_path,
    active: user.active,
  };
  deps.identities.set(tenantId, 'user', userId, identity);
  return identity;
}

type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; lockedUntil: Date | null; justLocked: boolean; userId: string | null };

/**
 * Checks a password and keeps the lockout count: ten failures within 15 minutes lock the account
 * for 15 minutes. The count is committed even though the login fails.
 */
export async function checkCredentials(
  deps: Deps,
  tenantId: string,
  username: string,
  password: string,
): Promise<CredentialCheck> {
  const now = deps.clock.now();
  return inTenant(deps.db, tenantId, async (trx): Promise<CredentialCheck> => {
    const user = await repo.findCredentials(trx, tenantId, username);
    if (!user) {
      await verifyDecoy(password);
      return { ok: false, lockedUntil: null, justLocked: false, userId: null };
    }
    if (user.locked_until && user.locked_until > now) {
      return { ok: false, lockedUntil: user.locked_until, justLocked: false, userId: user.id };
    }
    const valid = await verifyPassword(user.password_hash, password);
    if (valid && user.active) {
      await repo.updateUser(trx, tenantId, user.id, {
        failed_logins: 0,
        failed_window_started_at: null,
        locked_until: null,
        last_login_at: now,
      });
      return { ok: true, userId: user.id };
    }
    const windowOpen =
      user.failed_window_started_at !== null &&
      now.getTime() - user.failed_window_started_at.getTime() < LOCKOUT.windowMs;
    const failures = windowOpen ? user.failed_logins + 1 : 1;
    const lockedUntil = failures >= LOCKOUT.failures ? new Date(now.getTime() + LOCKOUT.lockMs) : null;
    await repo.updateUser(trx, tenantId, user.id, {
      failed_logins: lockedUntil ? 0 : failures,
      failed_window_started_at: lockedUntil ? null : windowOpen ? user.failed_window_started_at : now,
      locked_until: lockedUntil,
    });
    return { ok: false, lockedUntil, justLocked: lockedUntil !== null, userId: user.id };
  });
}

/**
 * The operator's way back in (CLI) when a password is lost: sets it and lifts any lockout. Reached
 * by username because that is what the operator knows.
 */
export async function setPasswordByUsername(deps: Deps, actor: Actor, username: string, password: string) {
  if (!canManageUsers(actor)) throw forbidden('Only a tenant administrator may set passwords');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const found = await repo.findCredentials(trx, actor.tenantId, username);
    if (!found) throw notFound('User');
    const user = await repo.updateUser(trx, actor.tenantId, found.id, {
      password_hash: await hashPassword(password),
      failed_logins: 0,
      failed_window_started_at: null,
      locked_until: null,
      updated_at: deps.clock.now(),
    });
    const changes: Record<string, [unknown, unknown]> = { password: ['[redacted]', '[changed]'] };
    if (found.locked_until) changes.locked_until = [found.locked_until.toISOString(), null];
    await audit(trx, deps.clock, actor, {
      action: 'user.updated',
      object: 'user',
      objectId: user.id,
      changes,
    });
    after(() => deps.identities.evict(actor.tenantId, 'user', user.id));
    return user;
  });
}

/** The display names of the given users by id (unknown ids are left out). */
/**
 * History entries keep the username the actor signed in with (audit-faithful); people read them
 * with the current display name, even of colleagues they may not list.
 */
export async function withDisplayNames<
  T extends { actor_kind: string; actor_id: string | null; actor_name: string },
>(trx: Tx, tenantId: string, entries: T[]): Promise<T[]> {
  const ids = entries.filter((e) => e.actor_kind === 'user' && e.actor_id !== null).map((e) => e.actor_id!);
  if (ids.length === 0) return entries;
  const names = await displayNamesInTx(trx, tenantId, [...new Set(ids)]);
  return entries.map((e) => ({
    ...e,
    actor_name: (e.actor_kind === 'user' && e.actor_id !== null && names.get(e.actor_id)) || e.actor_name,
  }));
}

export async function displayNamesInTx(
  trx: Tx,
  tenantId: string,
  ids: string[],
): Promise<Map<string, string>> {
  return new Map((await repo.displayNames(trx, tenantId, ids)).map((u) => [u.id, u.display_name]));
}
