import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin } from '../../platform/roles.ts';
import type { JobRow } from './repo.ts';
import * as repo from './repo.ts';

export type { JobRow } from './repo.ts';

/** Who started a job, kept with it: the worker acts as them and only they (and admins) see it. */
export interface JobOwner {
  kind: Actor['kind'];
  id: string;
  name: string;
  role: Actor['role'];
  orgUnitId: string | null;
  scopePath: string | null;
}

export function ownerOf(job: JobRow): JobOwner {
  return (job.params as { owner: JobOwner }).owner;
}

/** The owner as an actor again, for the work done later in their name. */
export function actorOfJob(tenantId: string, job: JobRow): Actor {
  const owner = ownerOf(job);
  return { tenantId, ...owner, ip: null, requestId: null };
}

export const canSeeJob = (actor: Actor, job: JobRow) => {
  const owner = ownerOf(job);
  return isTenantAdmin(actor) || (owner.kind === actor.kind && owner.id === actor.id);
};

export async function createJobInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  input: { kind: string; params: Record<string, unknown> },
): Promise<JobRow> {
  const owner: JobOwner = {
    kind: actor.kind,
    id: actor.id,
    name: actor.name,
    role: actor.role,
    orgUnitId: actor.orgUnitId,
    scopePath: actor.scopePath,
  };
  const job = await repo.insertJob(trx, actor.tenantId, {
    kind: input.kind,
    createdBy: actor.kind === 'user' ? actor.id : null,
    params: { ...input.params, owner },
    filePath: null,
    reportPath: null,
    at: deps.clock.now(),
  });
  await audit(trx, deps.clock, actor, {
    action: 'job.created',
    object: 'job',
    objectId: job.id,
    after: { kind: job.kind, ...input.params },
  });
  return job;
}

/** A job its creator or a tenant administrator may see; for anyone else it does not exist. */
export async function getJob(deps: Deps, actor: Actor, id: string): Promise<JobRow> {
  const job = await inTenant(deps.db, actor.tenantId, (trx) => repo.findJob(trx, actor.tenantId, id));
  if (!job || !canSeeJob(actor, job)) throw notFound('Job');
  return job;
}

/** Whether a job has an error report worth downloading: only once some row was refused. */
export const hasErrorReport = (job: JobRow) => job.report_path !== null && job.failed > 0;

export const findJob = repo.findJob;
export const setJobPaths = repo.setPaths;
export const markJobRunning = repo.markRunning;
export const lockJob = repo.lockJob;
export const advanceJob = repo.advance;
export const finishJob = repo.finish;
export const setJobTotal = repo.setTotal;
