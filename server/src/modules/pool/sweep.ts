import { DAY } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin, systemActor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { emit } from '../events/service.ts';
import { withLeadNames } from '../leads/service.ts';
import { followMerchants } from '../tasks/service.ts';
import { poolConfig } from './pools-service.ts';
import * as state from './state-repo.ts';

/** Big enough that commits and the due-lead look-up are a small share of a batch (~1 s at 20,000). */
export const SWEEP_BATCH = 20_000;
/** The answer lists this many leads at most; `count` is always the full number. */
const LISTED = 1_000;

export interface SweepResult {
  count: number;
  dryRun: boolean;
  asOf: string;
  leads: Array<{ id: string; name: string; ownerId: string; reason: string }>;
}

/**
 * Recycles every private lead of the tenant whose deadline is at or before `asOf`, in batches of
 * SWEEP_BATCH, each its own transaction: a sweep cut short leaves whole batches done and the next
 * run goes on from there. With dryRun it only tells what would fall back (a preview, any asOf).
 */
export async function sweepTenant(
  deps: Deps,
  tenantId: string,
  options: { asOf?: Date; dryRun?: boolean; actor?: Actor; batchSize?: number },
): Promise<SweepResult> {
  const now = deps.clock.now();
  const asOf = options.asOf ?? now;
  if (!options.dryRun && asOf.getTime() > now.getTime()) {
    throw new DomainError('validation_failed', 'A future asOf only previews: set dryRun', {
      errors: [{ path: '/body/asOf', message: 'may be in the future only with dryRun' }],
    });
  }
  if (options.dryRun) {
    const due = await inTenant(deps.db, tenantId, async (trx) => {
      const found = await state.dueLeads(trx, tenantId, asOf, LISTED);
      return { count: found.count, rows: await withLeadNames(trx, tenantId, found.rows) };
    });
    return {
      count: due.count,
      dryRun: true,
      asOf: asOf.toISOString(),
      leads: due.rows.map((r) => ({
        id: r.lead_id,
        name: r.lead_name,
        ownerId: r.owner_id!,
        reason: r.deadline_reason!,
      })),
    };
  }
  const actor = options.actor ?? systemActor(tenantId, 'pool-sweep');
  const batchSize = options.batchSize ?? SWEEP_BATCH;
  const swept: Array<{ lead_id: string; owner_id: string; reason: string }> = [];
  let count = 0;
  for (;;) {
    const batch = await inTenant(deps.db, tenantId, async (trx) => {
      const recycled = await state.recycleBatch(trx, tenantId, {
        asOf,
        now,
        batchSize,
        actorName: actor.name,
      });
      await followMerchants(
        trx,
        deps,
        actor,
        recycled.map((row) => row.lead_id),
      );
      // One insert for the whole batch, in the batch's transaction.
      await emit(
        trx,
        deps,
        actor,
        recycled.map((row) => ({
          type: 'lead.recycled' as const,
          subject: { kind: 'lead' as const, id: row.lead_id },
          data: { fromOwnerId: row.owner_id, reason: row.reason },
        })),
      );
      return recycled;
    });
    count += batch.length;
    for (const row of batch) {
      if (swept.length < LISTED) swept.push(row);
    }
    if (batch.length < batchSize) break;
  }
  const named = await inTenant(deps.db, tenantId, (trx) => withLeadNames(trx, tenantId, swept));
  const leads = named.map((r) => ({
    id: r.lead_id,
    name: r.lead_name,
    ownerId: r.owner_id,
    reason: r.reason,
  }));
  if (count > 0 || options.actor) {
    await inTenant(deps.db, tenantId, (trx) =>
      audit(trx, deps.clock, actor, {
        action: 'pool.swept',
        object: 'pool',
        objectId: null,
        note: { count, asOf },
      }),
    );
  }
  return { count, dryRun: false, asOf: asOf.toISOString(), leads };
}

export async function sweep(deps: Deps, actor: Actor, input: { asOf?: string; dryRun?: boolean }) {
  if (!isTenantAdmin(actor)) throw forbidden('Only a tenant administrator runs the sweep by hand');
  return sweepTenant(deps, actor.tenantId, {
    asOf: input.asOf ? new Date(input.asOf) : undefined,
    dryRun: input.dryRun,
    actor,
  });
}

/** The private leads whose deadline falls within the next days: the actor's own, or their team's. */
export async function expiring(
  deps: Deps,
  actor: Actor,
  query: { withinDays: number; limit: number; scope: 'mine' | 'team' },
) {
  const until = new Date(deps.clock.now().getTime() + query.withinDays * DAY);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const ownerIds =
      query.scope === 'mine' ? (actor.kind === 'user' ? [actor.id] : []) : await userIdsInScope(trx, actor);
    return state.expiring(trx, actor.tenantId, { ownerIds, until, limit: query.limit });
  });
}

/**
 * The actor's own private leads about to fall back to the public pool: deadline within the longest
 * `remindBeforeDays` of the tenant's pools (or already past, the sweep not having run yet).
 */
export async function reminderPage(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  page: { after?: { due: string; id: string }; limit: number },
) {
  if (actor.kind !== 'user') return [];
  const config = await poolConfig(deps, actor.tenantId, trx);
  const days = Math.max(
    0,
    ...[...config.pools.values()].map((p) =>
      Number((p.rules as { remindBeforeDays?: number }).remindBeforeDays ?? 0),
    ),
  );
  const until = new Date(deps.clock.now().getTime() + days * DAY);
  return state.reminderPage(trx, actor.tenantId, { ownerId: actor.id, until, ...page });
}
