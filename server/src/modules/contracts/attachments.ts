import path from 'node:path';
import type { Multipart } from '@fastify/multipart';
import type { ContractStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { acceptUpload, openStored, removeStored } from '../../platform/files/upload.ts';
import type { Actor } from '../../platform/roles.ts';
import * as repo from './attachments-repo.ts';
import type { ContractRow } from './repo.ts';
import { getInTx, mayWork } from './service.ts';

export type { AttachmentRow } from './attachments-repo.ts';

/** More than this per contract is a filing problem, not a contract. */
export const MAX_ATTACHMENTS = 30;
/**
 * Documents are added while the contract is prepared (draft, rejected) and once it is approved or
 * signed (the signed scan); never while approvers decide on it, nor after it ended.
 */
const ATTACH_WHILE: ContractStatus[] = ['draft', 'rejected', 'approved', 'signed', 'active'];
/** Removing one rewrites what was agreed: only while the contract is still being drafted. */
const DETACH_WHILE: ContractStatus[] = ['draft', 'rejected'];

/** The name shown and offered on download: the uploaded name without folders or control characters. */
export function displayName(uploaded: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const base = path.basename(uploaded.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f"]/g, '');
  return (base.trim() || 'attachment').slice(0, 200);
}

async function checkMayAttach(trx: Tx, actor: Actor, contract: ContractRow, allowed: ContractStatus[]) {
  if (!(await mayWork(trx, actor, contract.owner_id)))
    throw forbidden('Only the contract’s owner or their manager changes its attachments');
  if (!allowed.includes(contract.status)) {
    throw new DomainError(
      'invalid_state',
      `The attachments of a ${contract.status} contract cannot change now (it must be ${allowed.join(' or ')})`,
    );
  }
}

/**
 * Takes one file (multipart field "file"). Who may and whether the contract takes files now is
 * checked before the upload is read; the type is checked by content once it is on disk. A refusal
 * leaves nothing behind: no file, no row.
 */
export async function addAttachment(
  deps: Deps,
  actor: Actor,
  contractId: string,
  parts: (() => AsyncIterable<Multipart>) | null,
) {
  await inTenant(deps.db, actor.tenantId, async (trx) =>
    checkMayAttach(trx, actor, await getInTx(trx, deps, actor, contractId), ATTACH_WHILE),
  );
  return acceptUpload(deps, actor.tenantId, parts, { noun: 'file' }, (file) =>
    inTenant(deps.db, actor.tenantId, async (trx) => {
      const contract = await getInTx(trx, deps, actor, contractId);
      await checkMayAttach(trx, actor, contract, ATTACH_WHILE);
      if ((await repo.countAttachments(trx, actor.tenantId, contractId)) >= MAX_ATTACHMENTS) {
        throw new DomainError('conflict', `A contract holds at most ${MAX_ATTACHMENTS} attachments`);
      }
      await file.keep();
      const row = await repo.insertAttachment(trx, actor.tenantId, {
        contractId,
        fileName: displayName(file.name),
        contentType: file.contentType,
        sizeBytes: file.size,
        sha256: file.sha256,
        storageKey: file.storageKey,
        uploadedBy: actor.kind === 'user' ? actor.id : null,
        at: deps.clock.now(),
      });
      await audit(trx, deps.clock, actor, {
        action: 'contract.attachment_added',
        object: 'contract',
        objectId: contractId,
        note: {
          attachmentId: row.id,
          fileName: row.file_name,
          contentType: row.content_type,
          sizeBytes: file.size,
          sha256: file.sha256,
        },
      });
      return row;
    }),
  );
}

export async function listAttachments(deps: Deps, actor: Actor, contractId: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await getInTx(trx, deps, actor, contractId);
    return repo.listAttachments(trx, actor.tenantId, contractId);
  });
}

/** The attachment and a stream of its bytes, for whoever may see the contract. */
export async function openAttachment(deps: Deps, actor: Actor, contractId: string, id: string) {
  const row = await inTenant(deps.db, actor.tenantId, async (trx) => {
    await getInTx(trx, deps, actor, contractId);
    return repo.findAttachment(trx, actor.tenantId, contractId, id);
  });
  if (!row) throw notFound('Attachment');
  const stream = await openStored(deps.config.dataDir, actor.tenantId, row.storage_key, 'Attachment file');
  return { row, stream };
}

export async function removeAttachment(deps: Deps, actor: Actor, contractId: string, id: string) {
  const removed = await inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const contract = await getInTx(trx, deps, actor, contractId);
    const row = await repo.findAttachment(trx, actor.tenantId, contractId, id);
    if (!row) throw notFound('Attachment');
    await checkMayAttach(trx, actor, contract, DETACH_WHILE);
    await repo.deleteAttachment(trx, actor.tenantId, contractId, id);
    await audit(trx, deps.clock, actor, {
      action: 'contract.attachment_removed',
      object: 'contract',
      objectId: contractId,
      note: { attachmentId: id, fileName: row.file_name, sha256: row.sha256 },
    });
    // The file goes only once the row is gone for good: a rollback keeps both.
    after(() => removeStored(deps.config.dataDir, actor.tenantId, row.storage_key));
    return row;
  });
  return removed;
}
