import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit, diff } from '../audit/service.ts';
import { type Actor, inScope } from '../roles.ts';
import { canManageOrg } from './policy.ts';
import type { OrgKind } from './repo.ts';
import * as repo from './repo.ts';

export type OrgUnit = NonNullable<Awaited<ReturnType<typeof repo.findOrgUnit>>>;

/** HQ → region → city → team: a unit sits strictly below a unit of a higher rank. */
const RANK: Record<OrgKind, number> = { hq: 0, region: 1, city: 2, team: 3 };

function checkOrder(parentKind: OrgKind, kind: OrgKind, childKinds: OrgKind[]) {
  if (RANK[kind] <= RANK[parentKind]) {
    throw new DomainError('invalid_parent', `A ${kind} cannot sit below a ${parentKind}`);
  }
  const lowest = Math.min(...childKinds.map((k) => RANK[k]));
  if (childKinds.length > 0 && lowest <= RANK[kind]) {
    throw new DomainError('invalid_parent', `A ${kind} cannot hold the units below this one`);
  }
}

/** Within an open transaction: the unit, or 404 when it is missing or outside the actor's scope. */
export async function getUnitInTx(trx: Tx, actor: Actor, id: string): Promise<OrgUnit> {
  const unit = await repo.findOrgUnit(trx, actor.tenantId, id);
  if (!unit || !inScope(actor, unit.path)) throw notFound('Org unit');
  return unit;
}

export async function getUnit(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, (trx) => getUnitInTx(trx, actor, id));
}

export async function listUnits(
  deps: Deps,
  actor: Actor,
  query: { kind?: OrgKind; limit: number; cursor?: string },
) {
  const [afterPath] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    repo.listOrgUnits(trx, actor.tenantId, {
      scopePath: actor.scopePath,
      kind: query.kind,
      afterPath,
      limit: query.limit,
    }),
  );
  return toPage(rows, query.limit, (row) => [row.path]);
}

/** The HQ unit every tenant starts with; called when the tenant is created. */
export async function createRootUnit(trx: Tx, deps: Deps, actor: Actor, name: string) {
  const unit = await repo.insertOrgUnit(trx, actor.tenantId, {
    parentId: null,
    parentPath: '/',
    kind: 'hq',
    name,
    at: deps.clock.now(),
  });
  await audit(trx, deps.clock, actor, {
    action: 'org_unit.created',
    object: 'org_unit',
    objectId: unit.id,
    after: unit,
  });
  return unit;
}

/**
 * Where an actor works: the city their unit lies in (a BD or team lead covers their city) or,
 * for everyone else, their own subtree; and the city units inside it. Null: the whole tenant.
 */
export async function territoryOf(
  trx: Tx,
  actor: Actor,
): Promise<{ path: string; cityIds: string[] } | null> {
  if (actor.scopePath === null || actor.orgUnitId === null) return null;
  let path = actor.scopePath;
  if (actor.role === 'bd' || actor.role === 'bd_manager') {
    const ancestors = actor.scopePath.split('/').filter(Boolean);
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const unit = await repo.findOrgUnit(trx, actor.tenantId, ancestors[i]!);
      if (unit?.kind === 'city') {
        path = unit.path;
        break;
      }
    }
  }
  const cities = await repo.listOrgUnits(trx, actor.tenantId, {
    scopePath: path,
    kind: 'city',
    limit: 10_000,
  });
  return { path, cityIds: cities.map((c) => c.id) };
}

/**
 * The actor's own unit and the city it lies in (the nearest unit of kind city at or above it),
 * whatever the actor may otherwise read: a BD's screens need their city to place a new store.
 */
export async function homeOf(deps: Deps, actor: Actor) {
  if (actor.orgUnitId === null) return { unit: null, city: null };
  const orgUnitId = actor.orgUnitId;
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const unit = await repo.findOrgUnit(trx, actor.tenantId, orgUnitId);
    if (!unit) return { unit: null, city: null };
    const ids = unit.path.split('/').filter(Boolean);
    const chain = await repo.findOrgUnits(trx, actor.tenantId, ids);
    const byId = new Map(chain.map((u) => [u.id, u]));
    const city = ids
      .map((id) => byId.get(id))
      .reverse()
      .find((u) => u?.kind === 'city');
    return { unit, city: city ?? null };
  });
}

export async function findRootUnit(trx: Tx, tenantId: string) {
  return repo.findRootUnit(trx, tenantId);
}

export async function createUnitInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  input: { name: string; kind: OrgKind; parentId: string },
) {
  const parent = await repo.findOrgUnit(trx, actor.tenantId, input.parentId);
  if (!parent || !inScope(actor, parent.path))
    throw new DomainError('invalid_parent', 'The parent unit does not exist');
  checkOrder(parent.kind, input.kind, []);
  const unit = await repo.insertOrgUnit(trx, actor.tenantId, {
    parentId: parent.id,
    parentPath: parent.path,
    kind: input.kind,
    name: input.name,
    at: deps.clock.now(),
  });
  await audit(trx, deps.clock, actor, {
    action: 'org_unit.created',
    object: 'org_unit',
    objectId: unit.id,
    after: unit,
  });
  return unit;
}

export async function createUnit(
  deps: Deps,
  actor: Actor,
  input: { name: string; kind: OrgKind; parentId: string },
) {
  if (!canManageOrg(actor)) throw forbidden('Only a tenant administrator may change the org tree');
  return inTenant(deps.db, actor.tenantId, (trx) => createUnitInTx(trx, deps, actor, input));
}

export async function updateUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { name?: string; kind?: OrgKind; parentId?: string },
) {
  if (!canManageOrg(actor)) throw forbidden('Only a tenant administrator may change the org tree');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await getUnitInTx(trx, actor, id);
    const isRoot = before.parent_id === null;
    if (isRoot && (input.parentId !== undefined || (input.kind !== undefined && input.kind !== 'hq'))) {
      throw new DomainError('invalid_parent', 'The HQ unit stays at the root of the tree');
    }
    const kind = input.kind ?? before.kind;
    let parentPath: string | undefined;
    if (!isRoot) {
      const parent = await repo.findOrgUnit(trx, actor.tenantId, input.parentId ?? before.parent_id!);
      if (!parent) throw new DomainError('invalid_parent', 'The parent unit does not exist');
      if (parent.path.startsWith(before.path)) {
        throw new DomainError('invalid_parent', 'A unit cannot move below itself');
      }
      checkOrder(parent.kind, kind, await repo.descendantKinds(trx, actor.tenantId, before.path));
      parentPath = parent.path;
    }
    const moved = parentPath !== undefined && `${parentPath}${before.id}/` !== before.path;
    if (moved) await repo.moveSubtree(trx, actor.tenantId, before.path, `${parentPath}${before.id}/`);
    const unit = await repo.updateOrgUnit(trx, actor.tenantId, id, { ...input, at: deps.clock.now() });
    await audit(trx, deps.clock, actor, {
      action: 'org_unit.updated',
      object: 'org_unit',
      objectId: id,
      changes: diff(before, unit),
    });
    // Scopes of everyone below a moved unit changed.
    if (moved) after(() => deps.identities.evictTenant(actor.tenantId));
    return unit;
  });
}

export const unitNames = repo.unitNames;

/** Every unit of a subtree (null: the whole tenant), ordered by path; for read models. */
export function unitsUnder(trx: Tx, tenantId: string, path: string | null) {
  return repo.listOrgUnits(trx, tenantId, { scopePath: path, limit: 100_000 });
}

/** A unit by id regardless of the actor, for read models that check scope themselves. */
export function findUnit(trx: Tx, tenantId: string, id: string) {
  return repo.findOrgUnit(trx, tenantId, id);
}
