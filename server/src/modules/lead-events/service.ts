import type { Clock } from '../../clock.ts';
import type { Tx } from '../../db/tenant-tx.ts';
import type { Actor } from '../../platform/roles.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import type { LeadEventInput } from './repo.ts';
import * as repo from './repo.ts';

export type { LeadEventKind } from './repo.ts';
export type LeadEvent = Awaited<ReturnType<typeof repo.listEvents>>[number];

type EventFields = Omit<LeadEventInput, 'at' | 'actorKind' | 'actorId' | 'actorName'> & { at?: Date };

/** Appends to the leads' history, as the actor, now (unless the event says when). */
export async function recordEvents(
  trx: Tx,
  clock: Clock,
  actor: Actor,
  events: EventFields[],
): Promise<void> {
  const now = clock.now();
  await repo.insertEvents(
    trx,
    actor.tenantId,
    events.map((e) => ({
      ...e,
      at: e.at ?? now,
      actorKind: actor.kind,
      actorId: actor.kind === 'system' ? null : actor.id,
      actorName: actor.name,
    })),
  );
}

/**
 * A lead's history, latest first. Entries keep the username the actor signed in with; they are
 * read with people's display names.
 */
export async function listEvents(...args: Parameters<typeof repo.listEvents>) {
  const [trx, tenantId] = args;
  const events = await repo.listEvents(...args);
  const names = await displayNamesInTx(
    trx,
    tenantId,
    events.filter((e) => e.actor_kind === 'user' && e.actor_id !== null).map((e) => e.actor_id!),
  );
  return events.map((e) => ({
    ...e,
    actor_name: (e.actor_kind === 'user' && e.actor_id !== null && names.get(e.actor_id)) || e.actor_name,
  }));
}
export const lastLostAt = repo.lastLostAt;
export const moveEvents = repo.moveEvents;
