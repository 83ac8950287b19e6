import { type RawBuilder, sql } from 'kysely';
import type { AppUserUpdate, NewAppUser } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

/** Everything but the password hash, which only the credential check reads. */
const columns = [
  'app_user.id',
  'app_user.org_unit_id',
  'app_user.role',
  'app_user.username',
  'app_user.display_name',
  'app_user.phone',
  'app_user.active',
  'app_user.last_login_at',
  'app_user.created_at',
  'app_user.updated_at',
] as const;

export async function insertUser(trx: Tx, tenantId: string, user: Omit<NewAppUser, 'tenant_id'>) {
  return trx
    .insertInto('app_user')
    .values({ ...user, tenant_id: tenantId })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findUser(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select([...columns, 'org_unit.path as org_path'])
    .where('app_user.tenant_id', '=', tenantId)
    .where('app_user.id', '=', id)
    .executeTakeFirst();
}

export function usernameTaken(trx: Tx, tenantId: string, username: string, exceptId?: string) {
  let query = trx
    .selectFrom('app_user')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst().then(Boolean);
}

/** For the credential check only; locks the row so that concurrent failures count one by one. */
export function findCredentials(trx: Tx, tenantId: string, username: string) {
  return trx
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'active', 'failed_logins', 'failed_window_started_at', 'locked_until'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .forUpdate()
    .executeTakeFirst();
}

export async function updateUser(trx: Tx, tenantId: string, id: string, changes: AppUserUpdate) {
  return trx
    .updateTable('app_user')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export interface UserFilter {
  scopePath: string | null;
  orgUnitPath?: string;
  role?: string;
  active?: boolean;
  q?: string;
  afterId?: string;
  limit: number;
}

export function listUsers(trx: Tx, tenantId: string, filter: UserFilter) {
  let query = trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select(columns)
    .where('app_user.tenant_id', '=', tenantId);
  if (filter.scopePath !== null) query = query.where('org_unit.path', 'like', `${filter.scopePath}%`);
  if (filter.orgUnitPath !== undefined)
    query = query.where('org_unit.path', 'like', `${filter.orgUnitPath}%`);
  if (filter.role !== undefined) query = query.where('app_user.role', '=', filter.role);
  if (filter.active !== undefined) query = query.where('app_user.active', '=', filter.active);
  if (filter.q !== undefined) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('app_user.username', 'ilike', pattern), eb('app_user.display_name', 'ilike', pattern)]),
    );
  }
  if (filter.afterId !== undefined) query = query.where('app_user.id', '>', filter.afterId);
  return query
    .orderBy('app_user.id')
    .limit(filter.limit + 1)
    .execute();
}

/** Ids of every user in an org subtree (a manager's team), active or not. */
export async function idsInSubtree(trx: Tx, tenantId: string, path: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select('app_user.id')
    .where('app_user.tenant_id', '=', tenantId)
    .where('org_unit.path', 'like', `${path}%`)
    .execute();
  return rows.map((r) => r.id);
}

/** Display names of some users, for records that name who acted (approvers of a contract). */
export async function displayNames(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/**
 * The city manager of a city as an SQL expression over a city id column: the active city manager
 * placed on that city's unit (the lowest id when there are several), or null.
 */
export function cityManagerExpr(tenantId: string, cityIdColumn: RawBuilder<string>) {
  return sql<string | null>`(select u.id from app_user u
    where u.tenant_id = ${tenantId} and u.org_unit_id = ${cityIdColumn}
      and u.role = 'city_manager' and u.active order by u.id limit 1)`;
}

/** Each city's manager (see cityManagerExpr), for the cities given. */
export async function cityManagers(trx: Tx, tenantId: string, cityIds: string[]) {
  if (cityIds.length === 0) return new Map<string, string>();
  const rows = await trx
    .selectFrom('app_user')
    .select(['org_unit_id', (eb) => eb.fn.min('id').as('id')])
    .where('tenant_id', '=', tenantId)
    .where('org_unit_id', 'in', [...new Set(cityIds)])
    .where('role', '=', 'city_manager')
    .where('active', '=', true)
    .groupBy('org_unit_id')
    .execute();
  return new Map(rows.map((r) => [r.org_unit_id, String(r.id)]));
}

/** Users with their unit (id, name, kind): who is on which team, for progress by team. */
export async function usersWithUnits(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select([
      'app_user.id',
      'app_user.display_name',
      'app_user.role',
      'org_unit.id as unit_id',
      'org_unit.name as unit_name',
      'org_unit.kind as unit_kind',
    ])
    .where('app_user.tenant_id', '=', tenantId)
    .where('app_user.id', 'in', [...new Set(ids)])
    .execute();
}

/** Every user of a subtree (null: the whole tenant) with the path of their unit, active or not. */
export function membersUnder(trx: Tx, tenantId: string, path: string | null) {
  let query = trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select([
      'app_user.id',
      'app_user.display_name',
      'app_user.role',
      'app_user.org_unit_id',
      'app_user.active',
      'org_unit.path as org_path',
    ])
    .where('app_user.tenant_id', '=', tenantId);
  if (path !== null) query = query.where('org_unit.path', 'like', `${path}%`);
  return query.orderBy('app_user.id').execute();
}

/** The active users of some roles in an org subtree (null: the whole tenant), with their unit path. */
export function activeInSubtree(trx: Tx, tenantId: string, path: string | null, roles: string[]) {
  let query = trx
    .selectFrom('app_user')
    .innerJoin('org_unit', (join) =>
      join
        .onRef('org_unit.tenant_id', '=', 'app_user.tenant_id')
        .onRef('org_unit.id', '=', 'app_user.org_unit_id'),
    )
    .select(['app_user.id', 'app_user.display_name', 'app_user.role', 'org_unit.path as org_path'])
    .where('app_user.tenant_id', '=', tenantId)
    .where('app_user.active', '=', true)
    .where('app_user.role', 'in', roles);
  if (path !== null) query = query.where('org_unit.path', 'like', `${path}%`);
  return query.orderBy('app_user.display_name').orderBy('app_user.id').execute();
}
