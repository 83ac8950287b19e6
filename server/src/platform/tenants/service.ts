import { randomBytes } from 'node:crypto';
import { bindTenant, inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { seedDefaultPool } from '../../modules/pool/pools-service.ts';
import { audit } from '../audit/service.ts';
import { seedFields } from '../fields/service.ts';
import * as org from '../org/service.ts';
import { type Actor, isPlatformAdmin, PLATFORM_ADMIN, PLATFORM_TENANT_SLUG, systemActor } from '../roles.ts';
import * as users from '../users/service.ts';
import * as repo from './repo.ts';
import { TEMPLATES, type TemplateKey, type TenantSettings } from './templates.ts';

export type Tenant = NonNullable<Awaited<ReturnType<typeof repo.findTenantById>>>;

/** Slugs that name the platform itself or could be mistaken for parts of the product. */
const RESERVED_SLUGS = new Set([PLATFORM_TENANT_SLUG, 'api', 'admin', 'www', 'm', 'public', 'system']);

export async function findTenantBySlug(deps: Deps, slug: string) {
  return repo.findTenantBySlug(deps.db, slug);
}

export interface NewTenant {
  slug: string;
  name: string;
  template: TemplateKey;
  admin: { username: string; password: string; displayName?: string };
}

/** Creates the tenant, its HQ unit and its first administrator, in one transaction. */
export async function createTenant(deps: Deps, actor: Actor, input: NewTenant) {
  if (!isPlatformAdmin(actor)) throw forbidden('Only the platform administrator may create tenants');
  if (RESERVED_SLUGS.has(input.slug))
    throw new DomainError('slug_taken', `The slug "${input.slug}" is reserved`);
  const template = TEMPLATES[input.template];
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    if (await repo.findTenantBySlug(trx, input.slug)) {
      throw new DomainError('slug_taken', `A tenant with the slug "${input.slug}" exists`);
    }
    const tenant = await repo.insertTenant(trx, {
      slug: input.slug,
      name: input.name,
      template: input.template,
      settings: template.settings,
      at: deps.clock.now(),
    });
    await audit(trx, deps.clock, actor, {
      action: 'tenant.created',
      object: 'tenant',
      objectId: tenant.id,
      after: { slug: tenant.slug, name: tenant.name, template: tenant.template },
    });

    await bindTenant(trx, tenant.id);
    const inNewTenant: Actor = {
      ...actor,
      tenantId: tenant.id,
      name: `${PLATFORM_TENANT_SLUG}:${actor.name}`,
    };
    const root = await org.createRootUnit(trx, deps, inNewTenant, `${input.name} 总部`);
    await seedFields(trx, deps, inNewTenant, 'lead', template.settings.leadFields);
    await seedDefaultPool(trx, deps, inNewTenant, root.id, template.settings.poolRules);
    const admin = await users.createUserInTx(trx, deps, inNewTenant, {
      username: input.admin.username,
      displayName: input.admin.displayName ?? input.admin.username,
      password: input.admin.password,
      role: 'tenant_admin',
      orgUnitId: root.id,
    });
    return { tenant, admin };
  });
}

export async function listTenants(deps: Deps, actor: Actor, query: { limit: number; cursor?: string }) {
  if (!isPlatformAdmin(actor)) throw forbidden('Only the platform administrator may list tenants');
  const [afterId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await repo.listTenants(deps.db, { afterId, limit: query.limit });
  return toPage(rows, query.limit, (row) => [row.id]);
}

/** The tenant's settings (template defaults merged with what its admin changed), cached briefly. */
export async function tenantSettings(deps: Deps, tenantId: string): Promise<TenantSettings> {
  return (await deps.tenantCache.getOrLoad(`${tenantId}:settings`, async () => {
    const tenant = await repo.findTenantById(deps.db, tenantId);
    if (!tenant) throw notFound('Tenant');
    const template = TEMPLATES[tenant.template as TemplateKey]?.settings ?? TEMPLATES.groupbuy.settings;
    return { ...template, ...(tenant.settings as Partial<TenantSettings>) };
  })) as TenantSettings;
}

/** Every active business tenant, for work that runs across tenants (the scheduled pool sweep). */
export async function listActiveTenantIds(deps: Deps): Promise<string[]> {
  return repo.listActiveTenantIds(deps.db, PLATFORM_TENANT_SLUG);
}

/** The tenant the actor belongs to, with its settings. */
export async function currentTenant(deps: Deps, actor: Actor): Promise<Tenant> {
  const tenant = await repo.findTenantById(deps.db, actor.tenantId);
  if (!tenant) throw notFound('Tenant');
  return tenant;
}

/**
 * Makes sure the platform tenant and its `admin` exist. Returns the password when it was just
 * generated, so that it can be shown once.
 */
export async function ensurePlatform(deps: Deps, configuredPassword: string | undefined) {
  if (await repo.findTenantBySlug(deps.db, PLATFORM_TENANT_SLUG)) return { created: false as const };
  const password = configuredPassword ?? randomBytes(12).toString('base64url');
  try {
    await deps.db.transaction().execute(async (trx) => {
      const tenant = await repo.insertTenant(trx, {
        slug: PLATFORM_TENANT_SLUG,
        name: 'Groundwork platform',
        template: 'platform',
        settings: {},
        at: deps.clock.now(),
      });
      await bindTenant(trx, tenant.id);
      const actor = systemActor(tenant.id);
      const root = await org.createRootUnit(trx, deps, actor, 'Platform');
      await users.createUserInTx(trx, deps, actor, {
        username: 'admin',
        displayName: 'Platform administrator',
        password,
        role: PLATFORM_ADMIN,
        orgUnitId: root.id,
      });
    });
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (await repo.findTenantBySlug(deps.db, PLATFORM_TENANT_SLUG)) return { created: false as const };
    throw error;
  }
  return { created: true as const, password, generated: configuredPassword === undefined };
}
