import type { Clock } from '../../clock.ts';
import type { Tx } from '../../db/tenant-tx.ts';
import type { Actor } from '../../platform/roles.ts';
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

export const listEvents = repo.listEvents;
export const lastLostAt = repo.lastLostAt;
export const moveEvents = repo.moveEvents;
