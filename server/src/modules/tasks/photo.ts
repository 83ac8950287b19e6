import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { detectAttachment } from '../contracts/attachment-type.ts';
import { attachmentDir, type Received, receive } from '../contracts/attachments.ts';
import * as repo from './repo.ts';
import { canFollowTeamTasks, getTask } from './service.ts';

const STORAGE_KEY = /^[0-9a-f]{32}$/;
/** A feedback photo is taken while the task is worked (and may be replaced until it is closed). */
const PHOTO_WHILE = ['open', 'doing'] as const;

function badFile(
  message: string,
  code: 'validation_failed' | 'unsupported_media_type' = 'validation_failed',
) {
  return new DomainError(code, message, { errors: [{ path: '/body/file', message }] });
}

/**
 * The photo that goes with a task's feedback (a storefront, a price board): one per task, stored
 * like contract attachments (random key under the tenant's attachment folder, type by content,
 * size capped). Only PNG, JPEG and WebP. A refusal leaves nothing behind.
 */
export async function putPhoto(
  deps: Deps,
  actor: Actor,
  taskId: string,
  parts: (() => AsyncIterable<Multipart>) | null,
) {
  const mayPut = (task: repo.TaskRow) => {
    const own = actor.kind === 'user' && actor.id === task.assignee_id;
    if (!own && !canFollowTeamTasks(actor))
      throw forbidden('Only the assignee or their manager adds the photo');
    if (!(PHOTO_WHILE as readonly string[]).includes(task.status))
      throw new DomainError('invalid_state', `A ${task.status} task takes no photo`);
  };
  mayPut(await getTask(deps, actor, taskId));
  if (!parts)
    throw new DomainError('unsupported_media_type', 'Send the photo as multipart/form-data in "file"');
  const dir = await attachmentDir(deps.config.dataDir, actor.tenantId);
  let received: Received | undefined;
  let stored: string | undefined;
  try {
    for await (const part of parts()) {
      if (part.type !== 'file' || part.fieldname !== 'file' || received) {
        if (part.type === 'file') part.file.resume();
        throw new DomainError(
          'validation_failed',
          `${part.fieldname} is not expected: send one photo in "file"`,
          {
            errors: [{ path: `/body/${part.fieldname}`, message: 'is not a field of this form' }],
          },
        );
      }
      received = await receive(part as MultipartFile, dir, deps.config.attachmentMaxBytes);
    }
    if (!received) throw badFile('is missing: send the photo in the field "file"');
    if (received.size === 0) throw badFile('The file is empty');
    const file = received;
    const detected = await detectAttachment(file.tempPath, file.name, file.size);
    if (!detected.ok || !detected.contentType.startsWith('image/'))
      throw badFile('must be a PNG, JPEG or WebP photo', 'unsupported_media_type');
    const storageKey = randomBytes(16).toString('hex');
    return await inTenant(deps.db, actor.tenantId, async (trx, after) => {
      const task = await repo.findTask(trx, actor.tenantId, taskId);
      if (!task) throw notFound('Task');
      mayPut(task);
      stored = path.join(dir, storageKey);
      await rename(file.tempPath, stored);
      const now = deps.clock.now();
      const updated = await repo.updateTask(trx, actor.tenantId, taskId, [...PHOTO_WHILE], {
        photo_key: storageKey,
        photo_type: detected.contentType,
        photo_bytes: file.size,
        photo_sha256: file.sha256,
        updated_at: now,
      });
      if (!updated) throw new DomainError('invalid_state', 'The task was closed a moment ago');
      await audit(trx, deps.clock, actor, {
        action: 'task.photo_added',
        object: 'task',
        objectId: taskId,
        note: { contentType: detected.contentType, sizeBytes: file.size, sha256: file.sha256 },
      });
      const previous = task.photo_key;
      // The replaced photo goes only once the new one is committed.
      if (previous && STORAGE_KEY.test(previous)) after(() => rm(path.join(dir, previous), { force: true }));
      return updated;
    });
  } catch (error) {
    if (received) await rm(received.tempPath, { force: true });
    if (stored) await rm(stored, { force: true });
    throw error;
  }
}

/** The task's photo as a stream, for whoever may see the task. */
export async function openPhoto(deps: Deps, actor: Actor, taskId: string) {
  const task = await getTask(deps, actor, taskId);
  if (!task.photo_key || !STORAGE_KEY.test(task.photo_key)) throw notFound('Photo');
  const stream = createReadStream(
    path.join(deps.config.dataDir, 'attachments', actor.tenantId, task.photo_key),
  );
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', () => reject(notFound('Photo file')));
  });
  return { task, stream };
}
