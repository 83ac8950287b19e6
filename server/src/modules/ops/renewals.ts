import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, runAsOf } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin, systemActor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { findUserInScope } from '../../platform/users/scope.ts';
import { contractsDueForRenewal } from '../contracts/lifecycle.ts';
import { opsOwnersOf } from '../leads/ops-owner.ts';
import { localDay } from '../pool/service.ts';
import { createTasksOnce, type NewTask } from '../tasks/service.ts';
import { addDays, startOfDay } from './dates.ts';

export const RENEWAL_BATCH = 500;
export const RENEWAL_KIND = 'renewal';

export const renewalSourceKey = (contractId: string) => `renewal:contract:${contractId}`;

export interface RenewalRun {
  asOf: string;
  day: string;
  withinDays: number;
  /** Contracts ending within the window with no renewal under way. */
  due: number;
  /** To-dos created by this run (the others existed already). */
  created: number;
}

/**
 * Creates a renewal to-do for every contract in force that ends within the tenant's
 * `renewalReminderDays` and has no renewal under way: for the merchant's ops owner, else the
 * contract's owner, due when the contract lapses. Idempotent: one to-do per contract ever (its
 * source key), so running again, or hourly, creates nothing new.
 */
export async function createRenewalTasks(
  deps: Deps,
  tenantId: string,
  options: { asOf?: Date; actor?: Actor; batchSize?: number } = {},
): Promise<RenewalRun> {
  const now = deps.clock.now();
  const asOf = runAsOf(now, options.asOf);
  const settings = await tenantSettings(deps, tenantId);
  const today = localDay(asOf, settings.timezone);
  const withinDays = settings.renewalReminderDays;
  const until = addDays(today, withinDays);
  const actor = options.actor ?? systemActor(tenantId, 'renewal-reminders');
  const batchSize = options.batchSize ?? RENEWAL_BATCH;
  const activeUsers = new Map<string, boolean>();
  let afterId: string | undefined;
  let due = 0;
  let created = 0;
  for (;;) {
    const batch = await inTenant(deps.db, tenantId, async (trx) => {
      const contracts = await contractsDueForRenewal(trx, tenantId, {
        from: today,
        until,
        afterId,
        limit: batchSize,
      });
      const leads = new Map(
        (
          await opsOwnersOf(
            trx,
            tenantId,
            contracts.map((c) => c.lead_id),
          )
        ).map((lead) => [lead.id, lead]),
      );
      const isActive = async (userId: string) => {
        if (!activeUsers.has(userId)) {
          const user = await findUserInScope(trx, { ...actor, scopePath: null }, userId);
          activeUsers.set(userId, user?.active === true);
        }
        return activeUsers.get(userId)!;
      };
      const tasks: NewTask[] = [];
      for (const c of contracts) {
        const lead = leads.get(c.lead_id);
        const ops = lead?.ops_owner_id ?? null;
        tasks.push({
          assigneeId: ops !== null && (await isActive(ops)) ? ops : c.owner_id,
          leadId: c.lead_id,
          contractId: c.id,
          kind: RENEWAL_KIND,
          title: `${lead?.name ?? ''} · ${c.title}`,
          instructions: null,
          dueAt: startOfDay(addDays(c.end_on, 1), settings.timezone),
          sourceKey: renewalSourceKey(c.id),
          createdBy: actor.kind === 'system' ? actor.name : actor.id,
          at: now,
        });
      }
      const inserted = await createTasksOnce(trx, tenantId, tasks);
      return { contracts, created: inserted.length };
    });
    due += batch.contracts.length;
    created += batch.created;
    if (batch.contracts.length < batchSize) break;
    afterId = batch.contracts[batch.contracts.length - 1]!.id;
  }
  if (created > 0 || options.actor) {
    await inTenant(deps.db, tenantId, (trx) =>
      audit(trx, deps.clock, actor, {
        action: 'task.renewals_created',
        object: 'task',
        objectId: null,
        note: { day: today, withinDays, due, created },
      }),
    );
  }
  return { asOf: asOf.toISOString(), day: today, withinDays, due, created };
}

export async function createRenewalTasksByHand(deps: Deps, actor: Actor, input: { asOf?: string }) {
  if (!isTenantAdmin(actor))
    throw forbidden('Only a tenant administrator runs the renewal reminders by hand');
  return createRenewalTasks(deps, actor.tenantId, {
    asOf: input.asOf ? new Date(input.asOf) : undefined,
    actor,
  });
}
