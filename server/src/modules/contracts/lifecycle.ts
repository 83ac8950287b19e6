import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, runAsOf } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin, systemActor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { withDisplayNames } from '../../platform/users/service.ts';
import { localDay } from '../pool/service.ts';
import * as repo from './lifecycle-repo.ts';
import { getInTx } from './service.ts';

export const LIFECYCLE_BATCH = 1_000;

export interface LifecycleResult {
  asOf: string;
  /** The tenant's calendar day the run went by. */
  day: string;
  activated: number;
  expired: number;
}

/**
 * Moves the tenant's contracts along their dates: signed → active on `start_on`, active → expired
 * after `end_on`, by the tenant's local calendar. Set-based batches, each its own transaction, and
 * idempotent: a second run for the same day finds nothing to do. One audit row per run that moved
 * something; each contract's own history has one event per move.
 */
export async function runLifecycle(
  deps: Deps,
  tenantId: string,
  options: { asOf?: Date; actor?: Actor; batchSize?: number } = {},
): Promise<LifecycleResult> {
  const now = deps.clock.now();
  const asOf = runAsOf(now, options.asOf);
  const settings = await tenantSettings(deps, tenantId);
  const today = localDay(asOf, settings.timezone);
  const actor = options.actor ?? systemActor(tenantId, 'contract-lifecycle');
  const batchSize = options.batchSize ?? LIFECYCLE_BATCH;
  const step = async (move: typeof repo.activateBatch) => {
    let count = 0;
    for (;;) {
      const moved = await inTenant(deps.db, tenantId, (trx) =>
        move(trx, tenantId, {
          today,
          now,
          batchSize,
          actor: { kind: actor.kind, id: actor.kind === 'system' ? null : actor.id, name: actor.name },
        }),
      );
      count += moved.length;
      if (moved.length < batchSize) return count;
    }
  };
  // Activation first: a contract signed late whose whole term has passed goes active, then expired.
  const activated = await step(repo.activateBatch);
  const expired = await step(repo.expireBatch);
  if (activated > 0 || expired > 0 || options.actor) {
    await inTenant(deps.db, tenantId, (trx) =>
      audit(trx, deps.clock, actor, {
        action: 'contract.lifecycle_run',
        object: 'contract',
        objectId: null,
        note: { day: today, activated, expired },
      }),
    );
  }
  return { asOf: asOf.toISOString(), day: today, activated, expired };
}

export async function runLifecycleByHand(deps: Deps, actor: Actor, input: { asOf?: string }) {
  if (!isTenantAdmin(actor))
    throw forbidden('Only a tenant administrator runs the contract lifecycle by hand');
  return runLifecycle(deps, actor.tenantId, {
    asOf: input.asOf ? new Date(input.asOf) : undefined,
    actor,
  });
}

/** A contract's status history, oldest first, for whoever may see the contract. */
export async function contractHistory(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await getInTx(trx, deps, actor, id);
    return withDisplayNames(trx, actor.tenantId, await repo.listEvents(trx, actor.tenantId, id));
  });
}

/** Contracts in force ending within the window with no renewal under way (renewal reminders). */
export function contractsDueForRenewal(
  trx: Tx,
  tenantId: string,
  filter: { from: string; until: string; afterId?: string; limit: number; leadIds?: string[] },
) {
  return repo.endingWithoutRenewal(trx, tenantId, filter);
}

/** Per merchant: the contract in force that ends last, and a renewal being prepared. */
export async function renewalPictureOf(trx: Tx, tenantId: string, leadIds: string[]) {
  const [inForce, underWay] = await Promise.all([
    repo.contractsInForce(trx, tenantId, leadIds),
    repo.renewalsUnderWay(trx, tenantId, leadIds),
  ]);
  return {
    inForce: new Map(inForce.map((c) => [c.lead_id, c])),
    renewals: new Map(underWay.map((c) => [c.lead_id, c])),
  };
}
