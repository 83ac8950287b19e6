import type { Actor } from '../../platform/roles.ts';

/**
 * Who opens dashboards: a BD (their own figures only), team leads and city managers (their
 * subtree), HQ and the tenant's admins (everything). Operations and reviewers have their own
 * workbenches; their figures are not sales figures.
 */
export const ANALYTICS_ROLES: ReadonlySet<string> = new Set([
  'bd',
  'bd_manager',
  'city_manager',
  'hq',
  'tenant_admin',
]);

export const canViewAnalytics = (actor: Actor) =>
  ANALYTICS_ROLES.has(actor.role) && (actor.role !== 'bd' || actor.kind === 'user');

/** A BD sees nobody's figures but their own. */
export const seesOnlySelf = (actor: Actor) => actor.role === 'bd';

/** Who defines KPIs and rebuilds the rollup: the tenant's admins and HQ. */
export const canManageKpis = (actor: Actor) => actor.role === 'tenant_admin' || actor.role === 'hq';
