import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import * as repo from './repo.ts';

export type SavedViewRow = NonNullable<Awaited<ReturnType<typeof repo.findView>>>;
export type PresentableView = SavedViewRow & { owner_name: string };

/** Views belong to people: an API key has no list screens to save them for. */
function userOf(actor: Actor): string {
  if (actor.kind !== 'user') throw forbidden('Saved views belong to signed-in users');
  return actor.id;
}

async function withOwnerNames(trx: Tx, tenantId: string, rows: SavedViewRow[]): Promise<PresentableView[]> {
  const names = await displayNamesInTx(
    trx,
    tenantId,
    rows.map((r) => r.owner_id),
  );
  return rows.map((r) => ({ ...r, owner_name: names.get(r.owner_id) ?? '' }));
}

/** A view the actor may see (theirs or shared), or 404 as if it did not exist. */
async function visibleView(trx: Tx, actor: Actor, userId: string, id: string) {
  const view = await repo.findView(trx, actor.tenantId, id);
  if (!view || (view.owner_id !== userId && !view.shared)) throw notFound('Saved view');
  return view;
}

/** Only the owner changes a view; others see a shared one but are refused changing it. */
async function ownView(trx: Tx, actor: Actor, userId: string, id: string) {
  const view = await visibleView(trx, actor, userId, id);
  if (view.owner_id !== userId) throw forbidden('Only its owner changes a saved view');
  return view;
}

async function checkNameFree(
  trx: Tx,
  actor: Actor,
  userId: string,
  object: string,
  name: string,
  id?: string,
) {
  const taken = await repo.findByName(trx, actor.tenantId, userId, object, name);
  if (taken && taken.id !== id) {
    throw new DomainError('conflict', `You already have a view named ${name}`, {
      errors: [{ path: '/body/name', message: 'is already the name of one of your views' }],
    });
  }
}

export async function listViews(deps: Deps, actor: Actor, object: string) {
  const userId = userOf(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) =>
    withOwnerNames(trx, actor.tenantId, await repo.listViews(trx, actor.tenantId, userId, object)),
  );
}

export async function getView(deps: Deps, actor: Actor, id: string) {
  const userId = userOf(actor);
  return inTenant(
    deps.db,
    actor.tenantId,
    async (trx) =>
      (await withOwnerNames(trx, actor.tenantId, [await visibleView(trx, actor, userId, id)]))[0]!,
  );
}

export async function createView(
  deps: Deps,
  actor: Actor,
  input: { object: string; name: string; query: string; shared?: boolean },
) {
  const userId = userOf(actor);
  const name = input.name.trim();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    await checkNameFree(trx, actor, userId, input.object, name);
    const view = await repo.insertView(trx, actor.tenantId, {
      ownerId: userId,
      object: input.object,
      name,
      query: input.query,
      shared: input.shared ?? false,
      at: deps.clock.now(),
    });
    await audit(trx, deps.clock, actor, {
      action: 'saved_view.created',
      object: 'saved_view',
      objectId: view.id,
      after: view,
    });
    return (await withOwnerNames(trx, actor.tenantId, [view]))[0]!;
  });
}

export async function updateView(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { name?: string; query?: string; shared?: boolean },
) {
  const userId = userOf(actor);
  const name = input.name?.trim();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await ownView(trx, actor, userId, id);
    if (name !== undefined) await checkNameFree(trx, actor, userId, before.object, name, id);
    const view = await repo.updateView(trx, actor.tenantId, id, { ...input, name, at: deps.clock.now() });
    await audit(trx, deps.clock, actor, {
      action: 'saved_view.updated',
      object: 'saved_view',
      objectId: id,
      changes: diff(before, view),
    });
    return (await withOwnerNames(trx, actor.tenantId, [view]))[0]!;
  });
}

export async function deleteView(deps: Deps, actor: Actor, id: string) {
  const userId = userOf(actor);
  await inTenant(deps.db, actor.tenantId, async (trx) => {
    const view = await ownView(trx, actor, userId, id);
    await repo.deleteView(trx, actor.tenantId, id);
    await audit(trx, deps.clock, actor, {
      action: 'saved_view.deleted',
      object: 'saved_view',
      objectId: id,
      note: { name: view.name, object: view.object },
    });
  });
}
