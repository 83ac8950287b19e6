import type { Multipart } from '@fastify/multipart';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { acceptUpload, openStored, removeStored, type UploadRules } from '../../platform/files/upload.ts';
import type { Actor } from '../../platform/roles.ts';
import * as repo from './repo.ts';
import { canFollowTeamTasks, getTask } from './service.ts';

const PHOTO_RULES: UploadRules = {
  noun: 'photo',
  refuse: (contentType) => (contentType.startsWith('image/') ? null : 'must be a PNG, JPEG or WebP photo'),
};
/** A feedback photo is taken while the task is worked (and may be replaced until it is closed). */
const PHOTO_WHILE = ['open', 'doing'] as const;

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
  return acceptUpload(deps, actor.tenantId, parts, PHOTO_RULES, (file) =>
    inTenant(deps.db, actor.tenantId, async (trx, after) => {
      const task = await repo.findTask(trx, actor.tenantId, taskId);
      if (!task) throw notFound('Task');
      mayPut(task);
      await file.keep();
      const now = deps.clock.now();
      const updated = await repo.updateTask(trx, actor.tenantId, taskId, [...PHOTO_WHILE], {
        photo_key: file.storageKey,
        photo_type: file.contentType,
        photo_bytes: file.size,
        photo_sha256: file.sha256,
        updated_at: now,
      });
      if (!updated) throw new DomainError('invalid_state', 'The task was closed a moment ago');
      await audit(trx, deps.clock, actor, {
        action: 'task.photo_added',
        object: 'task',
        objectId: taskId,
        note: { contentType: file.contentType, sizeBytes: file.size, sha256: file.sha256 },
      });
      const previous = task.photo_key;
      // The replaced photo goes only once the new one is committed.
      if (previous) after(() => removeStored(deps.config.dataDir, actor.tenantId, previous));
      return updated;
    }),
  );
}

/** The task's photo as a stream, for whoever may see the task. */
export async function openPhoto(deps: Deps, actor: Actor, taskId: string) {
  const task = await getTask(deps, actor, taskId);
  if (!task.photo_key) throw notFound('Photo');
  const stream = await openStored(deps.config.dataDir, actor.tenantId, task.photo_key, 'Photo file');
  return { task, stream };
}
