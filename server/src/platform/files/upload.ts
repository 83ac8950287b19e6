import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { Deps } from '../../deps.ts';
import { DomainError, notFound } from '../../errors.ts';
import { detectAttachment } from './attachment-type.ts';

// Files people upload (contract documents, task photos): stored under random keys in the
// tenant's folder, typed by their content, never named by the user.

/** What a stored file is called: 32 hex digits, so that a key never walks out of its folder. */
const STORAGE_KEY = /^[0-9a-f]{32}$/;

/** `<GROUNDWORK_DATA>/attachments/<tenant>/`. */
async function attachmentDir(dataDir: string, tenantId: string): Promise<string> {
  const dir = path.join(dataDir, 'attachments', tenantId);
  await mkdir(dir, { recursive: true });
  return dir;
}

function badFile(
  message: string,
  code: 'validation_failed' | 'unsupported_media_type' = 'validation_failed',
) {
  return new DomainError(code, message, { errors: [{ path: '/body/file', message }] });
}

interface Received {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
}

/** Streams one uploaded file to a temporary name, hashing it; refuses it past the size limit. */
async function receive(file: MultipartFile, dir: string, maxBytes: number): Promise<Received> {
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

/** An upload on disk, checked, waiting for its row: `keep` moves it to its key (inside the transaction). */
export interface AcceptedFile extends Received {
  contentType: string;
  storageKey: string;
  keep(): Promise<void>;
}

export interface UploadRules {
  /** "photo", "document": what the messages ask for. */
  noun: string;
  /** Why a detected type is refused, or null to take it. */
  refuse?: (contentType: string) => string | null;
}

/**
 * Takes the one file of a multipart form (field "file"): received to a temporary name, refused
 * when empty or of a type not allowed (by content), then handed to `commit`, which writes its row
 * and calls `keep`. Whatever fails, nothing is left behind: no temporary file, no stored file.
 */
export async function acceptUpload<T>(
  deps: Deps,
  tenantId: string,
  parts: (() => AsyncIterable<Multipart>) | null,
  rules: UploadRules,
  commit: (file: AcceptedFile) => Promise<T>,
): Promise<T> {
  if (!parts)
    throw new DomainError(
      'unsupported_media_type',
      `Send the ${rules.noun} as multipart/form-data in the field "file"`,
    );
  const dir = await attachmentDir(deps.config.dataDir, tenantId);
  let received: Received | undefined;
  let stored: string | undefined;
  try {
    for await (const part of parts()) {
      if (part.type !== 'file' || part.fieldname !== 'file' || received) {
        if (part.type === 'file') part.file.resume();
        throw new DomainError(
          'validation_failed',
          `${part.fieldname} is not expected: send one ${rules.noun} in "file"`,
          { errors: [{ path: `/body/${part.fieldname}`, message: 'is not a field of this form' }] },
        );
      }
      received = await receive(part as MultipartFile, dir, deps.config.attachmentMaxBytes);
    }
    if (!received) throw badFile(`is missing: send the ${rules.noun} in the field "file"`);
    if (received.size === 0) throw badFile('The file is empty');
    const file = received;
    const detected = await detectAttachment(file.tempPath, file.name, file.size);
    if (!detected.ok) throw badFile(detected.reason, 'unsupported_media_type');
    const refusal = rules.refuse?.(detected.contentType);
    if (refusal) throw badFile(refusal, 'unsupported_media_type');
    const storageKey = randomBytes(16).toString('hex');
    return await commit({
      ...file,
      contentType: detected.contentType,
      storageKey,
      keep: async () => {
        stored = path.join(dir, storageKey);
        await rename(file.tempPath, stored);
      },
    });
  } catch (error) {
    if (received) await rm(received.tempPath, { force: true });
    if (stored) await rm(stored, { force: true });
    throw error;
  }
}

/** Where a stored file lies. */
function storedPath(dataDir: string, tenantId: string, storageKey: string): string {
  return path.join(dataDir, 'attachments', tenantId, storageKey);
}

/**
 * A stored file as a stream, once it is open: a missing file (a restore without the data folder)
 * or a malformed key is a 404 of `what`, not a broken 200.
 */
export async function openStored(
  dataDir: string,
  tenantId: string,
  storageKey: string,
  what: string,
): Promise<ReadStream> {
  if (!STORAGE_KEY.test(storageKey)) throw notFound(what);
  const stream = createReadStream(storedPath(dataDir, tenantId, storageKey));
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', () => reject(notFound(what)));
  });
  return stream;
}

/** Removes a stored file (after the commit that dropped its row); a malformed key is left alone. */
export async function removeStored(dataDir: string, tenantId: string, storageKey: string): Promise<void> {
  if (STORAGE_KEY.test(storageKey)) await rm(storedPath(dataDir, tenantId, storageKey), { force: true });
}
