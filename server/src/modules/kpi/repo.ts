import type { Tx } from '../../db/tenant-tx.ts';

const columns = ['id', 'name', 'role', 'org_unit_id', 'cap', 'metrics', 'created_at', 'updated_at'] as const;

export type KpiRow = Awaited<ReturnType<typeof findDefinition>> & {};

export function listDefinitions(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('kpi_definition')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .orderBy('role')
    .orderBy('id')
    .execute();
}

export function findDefinition(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('kpi_definition')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface DefinitionValues {
  name: string;
  role: string;
  org_unit_id: string | null;
  cap: number;
  metrics: unknown[];
}

export function insertDefinition(trx: Tx, tenantId: string, values: DefinitionValues, at: Date) {
  return trx
    .insertInto('kpi_definition')
    .values({
      tenant_id: tenantId,
      ...values,
      cap: values.cap,
      metrics: JSON.stringify(values.metrics),
      created_at: at,
      updated_at: at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateDefinition(trx: Tx, tenantId: string, id: string, values: DefinitionValues, at: Date) {
  return trx
    .updateTable('kpi_definition')
    .set({ ...values, metrics: JSON.stringify(values.metrics), updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function deleteDefinition(trx: Tx, tenantId: string, id: string) {
  await trx.deleteFrom('kpi_definition').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Whether another definition holds this role and unit already. */
export async function slotTaken(
  trx: Tx,
  tenantId: string,
  role: string,
  unitId: string | null,
  exceptId?: string,
) {
  let query = trx
    .selectFrom('kpi_definition')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', role);
  query = unitId === null ? query.where('org_unit_id', 'is', null) : query.where('org_unit_id', '=', unitId);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
