import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'contract_id',
  'file_name',
  'content_type',
  'size_bytes',
  'sha256',
  'storage_key',
  'uploaded_by',
  'created_at',
] as const;

export function insertAttachment(
  trx: Tx,
  tenantId: string,
  a: {
    contractId: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    storageKey: string;
    uploadedBy: string | null;
    at: Date;
  },
) {
  return trx
    .insertInto('contract_attachment')
    .values({
      tenant_id: tenantId,
      contract_id: a.contractId,
      file_name: a.fileName,
      content_type: a.contentType,
      size_bytes: a.sizeBytes,
      sha256: a.sha256,
      storage_key: a.storageKey,
      uploaded_by: a.uploadedBy,
      created_at: a.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function listAttachments(trx: Tx, tenantId: string, contractId: string) {
  return trx
    .selectFrom('contract_attachment')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .orderBy('id')
    .execute();
}

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];

export function findAttachment(trx: Tx, tenantId: string, contractId: string, id: string) {
  return trx
    .selectFrom('contract_attachment')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countAttachments(trx: Tx, tenantId: string, contractId: string): Promise<number> {
  const row = await trx
    .selectFrom('contract_attachment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function deleteAttachment(trx: Tx, tenantId: string, contractId: string, id: string) {
  return trx
    .deleteFrom('contract_attachment')
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst();
}
