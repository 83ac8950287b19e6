import type { FieldDefTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export type FieldObject = FieldDefTable['object'];
export type FieldType = FieldDefTable['type'];
export interface FieldOption {
  value: string;
  labelZh: string;
  labelEn: string;
}

const columns = [
  'id',
  'object',
  'key',
  'label_zh',
  'label_en',
  'type',
  'required',
  'options',
  'indexed',
  'sensitive',
  'position',
  'active',
  'created_at',
  'updated_at',
] as const;

export function listFieldDefs(trx: Tx, tenantId: string, object: FieldObject) {
  return trx
    .selectFrom('field_def')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('object', '=', object)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findFieldDef(trx: Tx, tenantId: string, object: FieldObject, id: string) {
  return trx
    .selectFrom('field_def')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('object', '=', object)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface NewFieldDef {
  object: FieldObject;
  key: string;
  labelZh: string;
  labelEn: string;
  type: FieldType;
  required: boolean;
  options: FieldOption[];
  indexed: boolean;
  sensitive: boolean;
  position: number;
}

export function insertFieldDef(trx: Tx, tenantId: string, def: NewFieldDef, at: Date) {
  return trx
    .insertInto('field_def')
    .values({
      tenant_id: tenantId,
      object: def.object,
      key: def.key,
      label_zh: def.labelZh,
      label_en: def.labelEn,
      type: def.type,
      required: def.required,
      options: JSON.stringify(def.options),
      indexed: def.indexed,
      sensitive: def.sensitive,
      position: def.position,
      created_at: at,
      updated_at: at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateFieldDef(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<{
    label_zh: string;
    label_en: string;
    required: boolean;
    options: string;
    indexed: boolean;
    sensitive: boolean;
    position: number;
    active: boolean;
  }>,
  at: Date,
) {
  return trx
    .updateTable('field_def')
    .set({ ...changes, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}
