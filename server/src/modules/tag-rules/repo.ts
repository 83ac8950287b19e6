import type { Tx } from '../../db/tenant-tx.ts';

const COLUMNS = [
  'id',
  'tag',
  'name',
  'condition',
  'active',
  'last_run_at',
  'last_count',
  'created_at',
  'updated_at',
] as const;

export function listRules(trx: Tx, tenantId: string) {
  return trx.selectFrom('tag_rule').select(COLUMNS).where('tenant_id', '=', tenantId).orderBy('id').execute();
}

export function findRule(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('tag_rule')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type RuleRow = NonNullable<Awaited<ReturnType<typeof findRule>>>;

export function insertRule(
  trx: Tx,
  tenantId: string,
  r: { tag: string; name: string; condition: unknown; active: boolean; at: Date },
) {
  return trx
    .insertInto('tag_rule')
    .values({
      tenant_id: tenantId,
      tag: r.tag,
      name: r.name,
      condition: JSON.stringify(r.condition),
      active: r.active,
      created_at: r.at,
      updated_at: r.at,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'tag']).doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
}

export async function updateRule(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: { name?: string; condition?: unknown; active?: boolean; at: Date },
) {
  await trx
    .updateTable('tag_rule')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.condition !== undefined && { condition: JSON.stringify(changes.condition) }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: changes.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRule(trx: Tx, tenantId: string, id: string) {
  await trx.deleteFrom('tag_rule').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function recordRun(trx: Tx, tenantId: string, id: string, run: { at: Date; count: number }) {
  await trx
    .updateTable('tag_rule')
    .set({ last_run_at: run.at, last_count: run.count })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
