import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { repriceOnlineInTx, takeOfflineInTx } from '../deals/review.ts';
import { findDealOr404 } from '../deals/service.ts';
import { recordEvents } from '../lead-events/service.ts';
import { getEscalatedInTx, resolveEscalatedInTx } from '../tasks/service.ts';

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

export interface InterventionInput {
  action: 'reprice' | 'take_offline' | 'none';
  dealId?: string;
  dealPrice?: number;
  note: string;
}

/**
 * HQ acts on an escalated task directly, in one transaction: changes the price of the merchant's
 * online deal or takes it offline (the deals service, with its own policy, history and audit), or
 * only answers; the merchant's history gets an `hq_intervened` event (visible on its page), and
 * the task is done with the intervention as its resolution.
 */
export async function intervene(deps: Deps, actor: Actor, taskId: string, input: InterventionInput) {
  if (input.action !== 'none' && input.dealId === undefined)
    throw invalid('/body/dealId', 'is required for this action');
  if (input.action === 'reprice' && input.dealPrice === undefined)
    throw invalid('/body/dealPrice', 'is required to reprice');
  if (input.action !== 'reprice' && input.dealPrice !== undefined)
    throw invalid('/body/dealPrice', 'is only for reprice');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const task = await getEscalatedInTx(trx, actor, taskId);
    if (task.status !== 'escalated')
      throw new DomainError('invalid_state', `A ${task.status} task is not waiting for HQ`);
    let deal: { id: string; title: string; before: string; after: string } | null = null;
    if (input.action !== 'none') {
      const found = await findDealOr404(trx, actor.tenantId, input.dealId!);
      if (found.lead_id !== task.lead_id)
        throw invalid('/body/dealId', 'is not a deal of this task’s merchant');
      const changed =
        input.action === 'reprice'
          ? await repriceOnlineInTx(trx, deps, actor, found.id, {
              dealPrice: input.dealPrice!,
              reason: input.note,
            })
          : await takeOfflineInTx(trx, deps, actor, found.id, input.note);
      deal = {
        id: found.id,
        title: found.title,
        before: input.action === 'reprice' ? String(Number(found.deal_price)) : found.status,
        after: input.action === 'reprice' ? String(Number(changed.deal_price)) : changed.status,
      };
    }
    const resolution =
      input.action === 'reprice'
        ? `reprice deal ${deal!.id}: ${deal!.before} → ${deal!.after}. ${input.note}`
        : input.action === 'take_offline'
          ? `deal ${deal!.id} taken offline. ${input.note}`
          : input.note;
    const resolved = await resolveEscalatedInTx(trx, deps, actor, taskId, resolution);
    if (task.lead_id !== null) {
      await recordEvents(trx, deps.clock, actor, [
        {
          leadId: task.lead_id,
          kind: 'hq_intervened',
          reason: input.note,
          detail: {
            taskId,
            action: input.action,
            ...(deal && { dealId: deal.id, dealTitle: deal.title, before: deal.before, after: deal.after }),
          },
        },
      ]);
    }
    await audit(trx, deps.clock, actor, {
      action: 'task.intervened',
      object: 'task',
      objectId: taskId,
      note: { action: input.action, note: input.note, ...(deal && { deal }) },
    });
    return resolved;
  });
}
