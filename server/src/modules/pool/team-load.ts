import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden } from '../../errors.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { fieldPeopleInScope } from '../../platform/users/scope.ts';
import { MANAGER_ROLES } from '../leads/access.ts';
import { poolConfig, poolForUnitPath } from './pools-service.ts';
import { localDay } from './service.ts';
import * as state from './state-repo.ts';

export interface MemberLoad {
  userId: string;
  displayName: string;
  role: string;
  privateCount: number;
  maxPrivate: number | null;
  claimsToday: number;
  dailyClaimCap: number | null;
  poolId: string | null;
}

export const canSeeTeamLoad = (actor: Actor) => MANAGER_ROLES.has(actor.role);

/**
 * Each BD and team lead of the caller's subtree with the private leads they hold and the claims
 * they made today, against the limits of the pool they claim from (the nearest pool at or above
 * their unit). The counts are the very counters the claim checks, read in one statement.
 */
export async function teamLoad(deps: Deps, actor: Actor): Promise<MemberLoad[]> {
  if (!canSeeTeamLoad(actor)) throw forbidden('Only managers see their team’s load');
  const settings = await tenantSettings(deps, actor.tenantId);
  const today = localDay(deps.clock.now(), settings.timezone);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const [people, config] = await Promise.all([
      fieldPeopleInScope(trx, actor),
      poolConfig(deps, actor.tenantId, trx),
    ]);
    const quotas = new Map(
      (
        await state.quotasOf(
          trx,
          actor.tenantId,
          people.map((p) => p.id),
        )
      ).map((q) => [q.user_id, q]),
    );
    return people.map((person) => {
      const pool = poolForUnitPath(config, person.org_path);
      const quota = quotas.get(person.id);
      return {
        userId: person.id,
        displayName: person.display_name,
        role: person.role,
        privateCount: quota?.private_count ?? 0,
        maxPrivate: pool?.rules.maxPrivate ?? null,
        claimsToday: quota && quota.claims_day === today ? quota.claims_today : 0,
        dailyClaimCap: pool?.rules.dailyClaimCap ?? null,
        poolId: pool?.id ?? null,
      };
    });
  });
}
