import type { Tx } from '../../db/tenant-tx.ts';
import { type Actor, inScope } from '../roles.ts';
import * as repo from './repo.ts';

// Read helpers that other modules call inside their own transaction.

/** The ids of the users the actor manages (their org subtree, themselves included). */
export async function userIdsInScope(trx: Tx, actor: Actor): Promise<string[] | null> {
  if (actor.scopePath === null) return null;
  return repo.idsInSubtree(trx, actor.tenantId, actor.scopePath);
}

/** A user the actor may see, with the path of their unit; undefined when missing or out of scope. */
export async function findUserInScope(trx: Tx, actor: Actor, id: string) {
  const user = await repo.findUser(trx, actor.tenantId, id);
  return user && inScope(actor, user.org_path) ? user : undefined;
}

/** The operations people (ops, ops_manager) of the actor's subtree, active or not, by id. */
export async function opsPeopleInScope(trx: Tx, actor: Actor) {
  const [ops, managers] = await Promise.all(
    ['ops', 'ops_manager'].map((role) =>
      repo.listUsers(trx, actor.tenantId, { scopePath: actor.scopePath, role, limit: 1000 }),
    ),
  );
  return [...(ops ?? []), ...(managers ?? [])].sort((a, b) => Number(a.id) - Number(b.id));
}

export const cityManagerExpr = repo.cityManagerExpr;
export const cityManagers = repo.cityManagers;
export const usersWithUnits = repo.usersWithUnits;

/** The people of an org subtree (null: the whole tenant), for read models that group by person. */
export function membersUnder(trx: Tx, tenantId: string, path: string | null) {
  return repo.membersUnder(trx, tenantId, path);
}
export type Member = Awaited<ReturnType<typeof repo.membersUnder>>[number];

/** The field people (BDs and their team leads) of the actor's subtree, active ones, with their unit path. */
export function fieldPeopleInScope(trx: Tx, actor: Actor) {
  return repo.activeInSubtree(trx, actor.tenantId, actor.scopePath, ['bd', 'bd_manager']);
}

/** The active operations people (ops, ops_manager) of the whole tenant, with their unit path. */
export function activeOpsPeople(trx: Tx, tenantId: string) {
  return repo.activeInSubtree(trx, tenantId, null, ['ops', 'ops_manager']);
}
