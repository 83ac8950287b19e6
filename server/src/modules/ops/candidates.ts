import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden } from '../../errors.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { activeOpsPeople } from '../../platform/users/scope.ts';
import { getVisibleLead } from '../leads/access.ts';
import { canHandOver, mayHandOverLead } from './policy.ts';

/**
 * The ops people this merchant may be handed to by the actor: active, working in the merchant's
 * city (their unit is the city or above it), and for an ops manager only their own team. A BD team
 * lead cannot list the ops people outside their team otherwise, so the form needs this list.
 */
export async function handoverCandidates(deps: Deps, actor: Actor, leadId: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (!canHandOver(actor) || !(await mayHandOverLead(trx, actor, lead, undefined)))
      throw forbidden('Managers of the signing team, ops managers, HQ and admins hand over merchants');
    const city = await org.getUnitInTx(trx, { ...actor, scopePath: null }, lead.city_id);
    const people = await activeOpsPeople(trx, actor.tenantId);
    return people.filter(
      (person) =>
        city.path.startsWith(person.org_path) &&
        (actor.role !== 'ops_manager' ||
          actor.scopePath === null ||
          person.org_path.startsWith(actor.scopePath)),
    );
  });
}
