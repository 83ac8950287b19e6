import { randomBytes } from 'node:crypto';
import { bindTenant } from '../db/tenant-tx.ts';
import type { Deps } from '../deps.ts';
import { refreshRecent } from '../modules/analytics/service.ts';
import * as org from '../platform/org/service.ts';
import { type Actor, PLATFORM_TENANT_SLUG, systemActor, type TenantRole } from '../platform/roles.ts';
import * as tenants from '../platform/tenants/service.ts';
import * as users from '../platform/users/service.ts';
import { seedDemoLeads } from './leads.ts';
import { seedDemoPipeline } from './pipeline.ts';

export const DEMO_TENANT = 'demo';

/** One person per role, placed where that role works in a real city's org tree. */
const DEMO_PEOPLE: Array<{ username: string; displayName: string; role: TenantRole; unit: string }> = [
  { username: 'admin', displayName: '王管理', role: 'tenant_admin', unit: 'hq' },
  { username: 'hq', displayName: '陈总部', role: 'hq', unit: 'hq' },
  { username: 'reviewer', displayName: '刘审核', role: 'reviewer', unit: 'hq' },
  { username: 'city', displayName: '赵城市', role: 'city_manager', unit: 'beijing' },
  { username: 'opsm', displayName: '孙运营经理', role: 'ops_manager', unit: 'beijing' },
  { username: 'ops', displayName: '周运营', role: 'ops', unit: 'beijing' },
  { username: 'bdm', displayName: '吴主管', role: 'bd_manager', unit: 'haidian' },
  { username: 'bd', displayName: '郑业务', role: 'bd', unit: 'haidian' },
  { username: 'bd2', displayName: '冯业务', role: 'bd', unit: 'chaoyang' },
];

export interface DemoCredentials {
  tenant: string;
  password: string;
  leads: number;
  users: Array<{ username: string; role: string }>;
}

/**
 * Creates the demo tenant (template groupbuy) with the org tree of Beijing and one user per role.
 * Returns undefined when it exists already.
 */
export async function seedDemo(
  deps: Deps,
  options: { password?: string } = {},
): Promise<DemoCredentials | undefined> {
  if (await tenants.findTenantBySlug(deps, DEMO_TENANT)) return undefined;
  const platform = await tenants.findTenantBySlug(deps, PLATFORM_TENANT_SLUG);
  if (!platform) throw new Error('The platform tenant must exist before the demo is seeded');
  const password = options.password ?? randomBytes(9).toString('base64url');
  const platformActor: Actor = { ...systemActor(platform.id, 'demo-seed'), role: 'platform_admin' };
  const { tenant, admin } = await tenants.createTenant(deps, platformActor, {
    slug: DEMO_TENANT,
    name: '团购业务',
    template: 'groupbuy',
    admin: { username: 'admin', password, displayName: '王管理' },
  });

  await deps.db.transaction().execute(async (trx) => {
    await bindTenant(trx, tenant.id);
    const actor = systemActor(tenant.id, 'demo-seed');
    const root = await org.findRootUnit(trx, tenant.id);
    if (!root) throw new Error('The demo tenant has no HQ unit');
    const add = (name: string, kind: 'region' | 'city' | 'team', parent: { id: string; path: string }) =>
      org.createUnitInTx(trx, deps, actor, { name, kind, parentId: parent.id });
    const north = await add('华北大区', 'region', root);
    const beijing = await add('北京市', 'city', north);
    const haidian = await add('海淀一组', 'team', beijing);
    const chaoyang = await add('朝阳一组', 'team', beijing);
    const units: Record<string, string> = {
      hq: root.id,
      beijing: beijing.id,
      haidian: haidian.id,
      chaoyang: chaoyang.id,
    };
    for (const person of DEMO_PEOPLE) {
      if (person.username === admin.username) continue;
      await users.createUserInTx(trx, deps, actor, {
        username: person.username,
        displayName: person.displayName,
        password,
        role: person.role,
        orgUnitId: units[person.unit]!,
      });
    }
  });
  const { leads, worked, fresh } = await seedDemoLeads(deps, tenant.id);
  await seedDemoPipeline(deps, tenant.id, { worked, fresh });
  // The dashboards read the analytics job's rollup: count the demo's history now rather than at
  // the job's first run, up to five minutes after start.
  await refreshRecent(deps, tenant.id);
  return {
    tenant: DEMO_TENANT,
    password,
    leads,
    users: DEMO_PEOPLE.map(({ username, role }) => ({ username, role })),
  };
}
