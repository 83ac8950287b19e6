import { userInfo } from 'node:os';
import { inTenant } from '../db/tenant-tx.ts';
import { seedDemo } from '../demo/seed.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import * as org from '../platform/org/service.ts';
import {
  type Actor,
  PLATFORM_ADMIN,
  PLATFORM_TENANT_SLUG,
  systemActor,
  type TenantRole,
} from '../platform/roles.ts';
import * as tenants from '../platform/tenants/service.ts';
import type { TemplateKey } from '../platform/tenants/templates.ts';
import * as users from '../platform/users/service.ts';
import { CliError } from './errors.ts';
import type { Output } from './output.ts';

/** The audit log names the operating-system account that ran the command. */
function operatorName(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function banner(out: Output, lines: string[]) {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  out.say(`${'='.repeat(width)}\n${lines.map((l) => `  ${l}`).join('\n')}\n${'='.repeat(width)}`);
}

/** The platform tenant must exist before tenants can be created; a generated password is shown once. */
async function platformActor(deps: Deps, out: Output): Promise<Actor> {
  const platform = await tenants.ensurePlatform(deps, deps.config.adminPassword);
  if (platform.created && platform.generated) {
    banner(out, [
      'Platform administrator created (shown once):',
      `  tenant: platform   username: admin   password: ${platform.password}`,
      'Set GROUNDWORK_ADMIN_PASSWORD to choose it yourself.',
    ]);
  }
  const tenant = await tenants.findTenantBySlug(deps, PLATFORM_TENANT_SLUG);
  if (!tenant) throw new Error('The platform tenant is missing right after it was ensured');
  return { ...systemActor(tenant.id, operatorName()), role: PLATFORM_ADMIN };
}

async function tenantBySlug(deps: Deps, slug: string) {
  const tenant = await tenants.findTenantBySlug(deps, slug);
  if (!tenant) throw new CliError(`There is no tenant with the slug "${slug}".`);
  return tenant;
}

export async function createTenant(
  deps: Deps,
  out: Output,
  input: {
    slug: string;
    name: string;
    template: TemplateKey;
    adminUsername: string;
    adminPassword: string;
    adminDisplayName?: string;
  },
) {
  const actor = await platformActor(deps, out);
  const { tenant, admin } = await tenants.createTenant(deps, actor, {
    slug: input.slug,
    name: input.name,
    template: input.template,
    admin: {
      username: input.adminUsername,
      password: input.adminPassword,
      displayName: input.adminDisplayName,
    },
  });
  out.say(
    `Tenant "${tenant.slug}" created (id ${tenant.id}, template ${tenant.template}). ` +
      `Its administrator "${admin.username}" signs in with tenant "${tenant.slug}".`,
  );
}

export async function createUser(
  deps: Deps,
  out: Output,
  input: {
    tenant: string;
    username: string;
    password: string;
    role: TenantRole;
    orgUnitId?: string;
    displayName?: string;
  },
) {
  const tenant = await tenantBySlug(deps, input.tenant);
  if (tenant.slug === PLATFORM_TENANT_SLUG) {
    throw new CliError(
      'The platform tenant holds only its administrator; create users in a business tenant.',
    );
  }
  const actor = systemActor(tenant.id, operatorName());
  const user = await inTenant(deps.db, tenant.id, async (trx) => {
    let orgUnitId = input.orgUnitId;
    if (orgUnitId === undefined) {
      const root = await org.findRootUnit(trx, tenant.id);
      if (!root) throw new CliError(`The tenant "${tenant.slug}" has no root org unit.`);
      orgUnitId = root.id;
    }
    return users
      .createUserInTx(trx, deps, actor, {
        username: input.username,
        displayName: input.displayName ?? input.username,
        password: input.password,
        role: input.role,
        orgUnitId,
      })
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'validation_failed') {
          throw new CliError(`The tenant "${tenant.slug}" has no org unit ${orgUnitId}.`);
        }
        throw error;
      });
  });
  out.say(
    `User "${user.username}" created in tenant "${tenant.slug}" ` +
      `(id ${user.id}, role ${user.role}, org unit ${user.org_unit_id}).`,
  );
}

export async function setPassword(
  deps: Deps,
  out: Output,
  input: { tenant: string; username: string; password: string },
) {
  const tenant = await tenantBySlug(deps, input.tenant);
  const actor = systemActor(tenant.id, operatorName());
  const user = await users
    .setPasswordByUsername(deps, actor, input.username, input.password)
    .catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') {
        throw new CliError(`The tenant "${tenant.slug}" has no user "${input.username}".`);
      }
      throw error;
    });
  out.say(`Password of "${user.username}" in tenant "${tenant.slug}" set; the account is not locked.`);
  if (!user.active) out.say(`Note: "${user.username}" is deactivated and still cannot sign in.`);
}

export async function seedDemoTenant(deps: Deps, out: Output, input: { password?: string }) {
  await platformActor(deps, out);
  const demo = await seedDemo(deps, { password: input.password });
  if (!demo) {
    out.say('The demo tenant exists already; nothing was changed.');
    return;
  }
  banner(out, [
    `Demo tenant "${demo.tenant}" created. Every demo user has the password: ${demo.password}`,
    ...demo.users.map((u) => `  ${u.username.padEnd(10)} ${u.role}`),
  ]);
}
