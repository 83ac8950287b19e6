import type { Tx } from '../../db/tenant-tx.ts';
import type { Actor } from '../../platform/roles.ts';
import { insertEvent } from './lifecycle-repo.ts';
import type { ContractRow } from './repo.ts';

/** Writes a status change of a contract to its history, as the actor. */
export async function recordTransition(
  trx: Tx,
  actor: Actor,
  change: { contractId: string; from: ContractRow['status'] | null; to: ContractRow['status']; at: Date },
  note?: string | null,
) {
  const { contractId, at } = change;
  await insertEvent(trx, actor.tenantId, {
    contractId,
    at,
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.id,
    actorName: actor.name,
    fromStatus: change.from,
    toStatus: change.to,
    note,
  });
}
