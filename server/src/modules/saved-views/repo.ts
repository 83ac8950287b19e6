import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'saved_view.id',
  'saved_view.owner_id',
  'saved_view.object',
  'saved_view.name',
  'saved_view.query',
  'saved_view.shared',
  'saved_view.created_at',
  'saved_view.updated_at',
] as const;

export type SavedViewRow = Awaited<ReturnType<typeof findView>> & {};

/** The user's own views of a list and those others shared, by name; at most 200. */
export function listViews(trx: Tx, tenantId: string, userId: string, object: string) {
  return trx
    .selectFrom('saved_view')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('object', '=', object)
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('shared', '=', true)]))
    .orderBy('name')
    .orderBy('id')
    .limit(200)
    .execute();
}

export function findView(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('saved_view')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findByName(trx: Tx, tenantId: string, ownerId: string, object: string, name: string) {
  return trx
    .selectFrom('saved_view')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('owner_id', '=', ownerId)
    .where('object', '=', object)
    .where('name', '=', name)
    .executeTakeFirst();
}

export function insertView(
  trx: Tx,
  tenantId: string,
  view: { ownerId: string; object: string; name: string; query: string; shared: boolean; at: Date },
) {
  return trx
    .insertInto('saved_view')
    .values({
      tenant_id: tenantId,
      owner_id: view.ownerId,
      object: view.object,
      name: view.name,
      query: view.query,
      shared: view.shared,
      created_at: view.at,
      updated_at: view.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateView(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: { name?: string; query?: string; shared?: boolean; at: Date },
) {
  return trx
    .updateTable('saved_view')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.query !== undefined && { query: changes.query }),
      ...(changes.shared !== undefined && { shared: changes.shared }),
      updated_at: changes.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function deleteView(trx: Tx, tenantId: string, id: string) {
  await trx.deleteFrom('saved_view').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
