import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import { queueOf } from '../../jobs/queue.ts';
import type { Actor } from '../../platform/roles.ts';
import {
  actorOfJob,
  advanceJob,
  createJobInTx,
  findJob,
  finishJob,
  lockJob,
  markJobRunning,
  setJobTotal,
} from '../jobs/service.ts';
import { canRunCampaigns, countTargets, getCampaign, launchCampaign } from './service.ts';

/** Up to this many merchants a launch runs in the request; more go to a background job. */
export const BACKGROUND_LAUNCH_ABOVE = 20_000;
export const CAMPAIGN_JOB = 'campaign_launch';

export interface LaunchAnswer {
  campaign: Awaited<ReturnType<typeof launchCampaign>>['campaign'];
  matched: number;
  created: number;
  unassigned: number;
  /** Set when the fan-out runs as a job: follow it at GET /jobs/{id}. */
  jobId: string | null;
}

/**
 * Launches in the request when the campaign reaches few merchants; otherwise queues a job that
 * runs the same idempotent fan-out (GET /jobs/{id} shows its progress). Without background
 * workers on this server the launch runs in the request whatever its size.
 */
export async function startLaunch(
  deps: Deps,
  actor: Actor,
  id: string,
  threshold = BACKGROUND_LAUNCH_ABOVE,
): Promise<LaunchAnswer> {
  if (!canRunCampaigns(actor))
    throw new DomainError('forbidden', 'HQ, administrators and city managers run campaigns');
  const campaign = await getCampaign(deps, actor, id);
  const counts = await countTargets(deps, actor, campaign);
  const send = queueOf(deps)?.sendCampaignLaunch;
  if (counts.matched <= threshold || !send)
    return { ...(await launchCampaign(deps, actor, id)), jobId: null };
  const job = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const created = await createJobInTx(trx, deps, actor, { kind: CAMPAIGN_JOB, params: { campaignId: id } });
    await setJobTotal(trx, actor.tenantId, created.id, counts.matched);
    return created;
  });
  await send({ tenantId: actor.tenantId, jobId: job.id });
  return { campaign, matched: counts.matched, created: 0, unassigned: counts.unassigned, jobId: job.id };
}

/**
 * The worker's side: runs the fan-out as the job's creator, adding each batch to the job's
 * progress in the batch's own transaction. A retry after a crash simply launches again (the
 * fan-out adds only the tasks still missing).
 */
export async function runLaunchJob(deps: Deps, ref: { tenantId: string; jobId: string }) {
  const job = await inTenant(deps.db, ref.tenantId, (trx) => findJob(trx, ref.tenantId, ref.jobId));
  if (!job || job.kind !== CAMPAIGN_JOB || job.status === 'done') return;
  const actor = actorOfJob(ref.tenantId, job);
  const campaignId = String((job.params as { campaignId: string }).campaignId);
  await inTenant(deps.db, ref.tenantId, (trx) =>
    markJobRunning(trx, ref.tenantId, ref.jobId, deps.clock.now()),
  );
  try {
    const result = await launchCampaign(deps, actor, campaignId, undefined, async (trx, batch) => {
      const locked = await lockJob(trx, ref.tenantId, ref.jobId);
      await advanceJob(trx, ref.tenantId, ref.jobId, {
        fromProcessed: locked?.processed ?? 0,
        processed: batch.matched,
        succeeded: batch.created,
        failed: 0,
        result: {},
      });
    });
    await inTenant(deps.db, ref.tenantId, (trx) =>
      finishJob(trx, ref.tenantId, ref.jobId, {
        status: 'done',
        error: null,
        at: deps.clock.now(),
        result: {
          campaignId,
          matched: result.matched,
          created: result.created,
          unassigned: result.unassigned,
        },
      }),
    );
  } catch (error) {
    await inTenant(deps.db, ref.tenantId, (trx) =>
      finishJob(trx, ref.tenantId, ref.jobId, {
        status: 'failed',
        error: error instanceof Error ? error.message : String(error),
        at: deps.clock.now(),
      }),
    );
    throw error;
  }
}
