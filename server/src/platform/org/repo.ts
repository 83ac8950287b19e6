import { sql } from 'kysely';
import type { OrgUnitTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export type OrgKind = OrgUnitTable['kind'];

const columns = ['id', 'parent_id', 'kind', 'name', 'path', 'created_at', 'updated_at'] as const;

export async function insertOrgUnit(
  trx: Tx,
  tenantId: string,
  unit: { parentId: string | null; parentPath: string; kind: OrgKind; name: string; at: Date },
) {
  const { id } = await trx
    .insertInto('org_unit')
    .values({
      tenant_id: tenantId,
      parent_id: unit.parentId,
      kind: unit.kind,
      name: unit.name,
      path: '',
      created_at: unit.at,
      updated_at: unit.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return trx
    .updateTable('org_unit')
    .set({ path: `${unit.parentPath}${id}/` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findOrgUnit(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('org_unit')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findRootUnit(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('org_unit')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('parent_id', 'is', null)
    .executeTakeFirst();
}

/** In tree order (by path); `scopePath` limits the list to one subtree. */
export function listOrgUnits(
  trx: Tx,
  tenantId: string,
  filter: { scopePath: string | null; kind?: OrgKind; afterPath?: string; limit: number },
) {
  let query = trx.selectFrom('org_unit').select(columns).where('tenant_id', '=', tenantId);
  if (filter.scopePath !== null) query = query.where('path', 'like', `${filter.scopePath}%`);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.afterPath !== undefined) query = query.where('path', '>', filter.afterPath);
  return query
    .orderBy('path')
    .limit(filter.limit + 1)
    .execute();
}

/** The kinds found strictly below a unit, to check that a move or a change of kind keeps the order. */
export async function descendantKinds(trx: Tx, tenantId: string, path: string): Promise<OrgKind[]> {
  const rows = await trx
    .selectFrom('org_unit')
    .select('kind')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('path', 'like', `${path}%`)
    .where('path', '<>', path)
    .execute();
  return rows.map((row) => row.kind);
}

export function updateOrgUnit(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: { name?: string; kind?: OrgKind; parentId?: string; at: Date },
) {
  return trx
    .updateTable('org_unit')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      ...(changes.parentId !== undefined && { parent_id: changes.parentId }),
      updated_at: changes.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Re-roots a whole subtree in one statement. */
export async function moveSubtree(trx: Tx, tenantId: string, oldPath: string, newPath: string) {
  await trx
    .updateTable('org_unit')
    .set({ path: sql`${newPath} || substr(path, ${oldPath.length + 1})` })
    .where('tenant_id', '=', tenantId)
    .where('path', 'like', `${oldPath}%`)
    .execute();
}

/** Names of some units by id (cities and teams named in reports). */
export async function unitNames(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await trx
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Some units by id, in one statement (the ancestors of a path). */
export function findOrgUnits(trx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('org_unit')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}
