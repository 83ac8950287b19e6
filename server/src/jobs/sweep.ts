import type { Deps } from '../deps.ts';
import { sweepTenant } from '../modules/pool/sweep.ts';
import { listActiveTenantIds } from '../platform/tenants/service.ts';

/**
 * The scheduled pool sweep: every active tenant in turn, each in its own batches. One tenant's
 * failure is logged and does not keep the others' leads from falling back on time.
 */
export async function sweepAllTenants(
  deps: Deps,
): Promise<{ tenants: number; recycled: number; failed: number }> {
  let recycled = 0;
  let failed = 0;
  const tenantIds = await listActiveTenantIds(deps);
  for (const tenantId of tenantIds) {
    try {
      recycled += (await sweepTenant(deps, tenantId, {})).count;
    } catch (error) {
      failed++;
      deps.log.error({ err: error, tenantId }, 'pool sweep failed for a tenant');
    }
  }
  if (recycled > 0 || failed > 0) deps.log.info({ recycled, failed }, 'pool sweep');
  return { tenants: tenantIds.length, recycled, failed };
}
