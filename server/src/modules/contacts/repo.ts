import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'lead_id',
  'name',
  'title',
  'phone_cipher',
  'phone_masked',
  'is_key_person',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export async function insertContact(
  trx: Tx,
  tenantId: string,
  contact: {
    leadId: string;
    name: string;
    title: string | null;
    phoneCipher: string | null;
    phoneHash: string | null;
    phoneMasked: string | null;
    isKeyPerson: boolean;
    createdBy: string | null;
    at: Date;
  },
) {
  return trx
    .insertInto('contact')
    .values({
      tenant_id: tenantId,
      lead_id: contact.leadId,
      name: contact.name,
      title: contact.title,
      phone_cipher: contact.phoneCipher,
      phone_hash: contact.phoneHash,
      phone_masked: contact.phoneMasked,
      is_key_person: contact.isKeyPerson,
      created_by: contact.createdBy,
      created_at: contact.at,
      updated_at: contact.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function listContacts(trx: Tx, tenantId: string, leadId: string) {
  return trx
    .selectFrom('contact')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .orderBy('is_key_person', 'desc')
    .orderBy('id')
    .execute();
}

export function findContact(trx: Tx, tenantId: string, leadId: string, id: string) {
  return trx
    .selectFrom('contact')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A merge moves the merged lead's people to the survivor. */
export async function moveContacts(trx: Tx, tenantId: string, fromLeadId: string, toLeadId: string) {
  await trx
    .updateTable('contact')
    .set({ lead_id: toLeadId })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', fromLeadId)
    .execute();
}
