import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { ContractStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { detectAttachment } from './attachment-type.ts';
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

const STORAGE_KEY = /^[0-9a-f]{32}$/;

function badFile(
  message: string,
  code: 'validation_failed' | 'unsupported_media_type' = 'validation_failed',
) {
  return new DomainError(code, message, { errors: [{ path: '/body/file', message }] });
}

/** `<GROUNDWORK_DATA>/attachments/<tenant>/`: files are named by random keys, never by the user. */
export async function attachmentDir(dataDir: string, tenantId: string): Promise<string> {
  const dir = path.join(dataDir, 'attachments', tenantId);
  await mkdir(dir, { recursive: true });
  return dir;
}

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

export interface Received {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
}

/** Streams one uploaded file to a temporary name, hashing it; refuses it past the size limit. */
export async function receive(file: MultipartFile, dir: string, maxBytes: number): Promise<Received> {
  const tempPath = path.join(dir, `${randomBytes(16).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const tooLarge = () =>
    new DomainError('payload_too_large', `The file is larger than ${maxBytes / 1024 / 1024} MB`, {
      errors: [{ path: '/body/file', message: 'is too large' }],
    });
  try {
    await pipeline(file.file, tap, createWriteStream(tempPath));
  } catch (error) {
    await rm(tempPath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (file.file.truncated) {
    await rm(tempPath, { force: true });
    throw tooLarge();
  }
  return { tempPath, name: file.filename, size, sha256: hash.digest('hex') };
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
  if (!parts) {
    throw new DomainError(
      'unsupported_media_type',
      'Send the file as multipart/form-data in the field "file"',
    );
  }
  const dir = await attachmentDir(deps.config.dataDir, actor.tenantId);
  let received: Received | undefined;
  let stored: string | undefined;
  try {
    for await (const part of parts()) {
      if (part.type !== 'file' || part.fieldname !== 'file' || received) {
        if (part.type === 'file') part.file.resume();
        throw new DomainError(
          'validation_failed',
          `${part.fieldname} is not expected: send one file in "file"`,
          {
            errors: [{ path: `/body/${part.fieldname}`, message: 'is not a field of this form' }],
          },
        );
      }
      received = await receive(part as MultipartFile, dir, deps.config.attachmentMaxBytes);
    }
    if (!received) throw badFile('is missing: send the document in the field "file"');
    if (received.size === 0) throw badFile('The file is empty');
    const file = received;
    const detected = await detectAttachment(file.tempPath, file.name, file.size);
    if (!detected.ok) throw badFile(detected.reason, 'unsupported_media_type');
    const storageKey = randomBytes(16).toString('hex');
    return await inTenant(deps.db, actor.tenantId, async (trx) => {
      const contract = await getInTx(trx, deps, actor, contractId);
      await checkMayAttach(trx, actor, contract, ATTACH_WHILE);
      if ((await repo.countAttachments(trx, actor.tenantId, contractId)) >= MAX_ATTACHMENTS) {
        throw new DomainError('conflict', `A contract holds at most ${MAX_ATTACHMENTS} attachments`);
      }
      stored = path.join(dir, storageKey);
      await rename(file.tempPath, stored);
      const row = await repo.insertAttachment(trx, actor.tenantId, {
        contractId,
        fileName: displayName(file.name),
        contentType: detected.contentType,
        sizeBytes: file.size,
        sha256: file.sha256,
        storageKey,
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
    });
  } catch (error) {
    if (received) await rm(received.tempPath, { force: true });
    if (stored) await rm(stored, { force: true });
    throw error;
  }
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
  if (!row || !STORAGE_KEY.test(row.storage_key)) throw notFound('Attachment');
  const filePath = path.join(deps.config.dataDir, 'attachments', actor.tenantId, row.storage_key);
  const stream = createReadStream(filePath);
  // A missing file (a restore without the data folder) is a 404, not a broken 200.
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', () => reject(notFound('Attachment file')));
  });
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
    after(async () => {
      if (STORAGE_KEY.test(row.storage_key)) {
        await rm(path.join(deps.config.dataDir, 'attachments', actor.tenantId, row.storage_key), {
          force: true,
        });
      }
    });
    return row;
  });
  return removed;
}
