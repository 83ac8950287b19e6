/** The roles a tenant's users and API keys can hold; one each. */
export const TENANT_ROLES = [
  'bd',
  'bd_manager',
  'city_manager',
  'ops',
  'ops_manager',
  'reviewer',
  'hq',
  'tenant_admin',
] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** Only the `admin` user of the reserved `platform` tenant holds this role. */
export const PLATFORM_ADMIN = 'platform_admin';
export const PLATFORM_TENANT_SLUG = 'platform';
export type Role = TenantRole | typeof PLATFORM_ADMIN;

/** Who is acting: a signed-in user or an API key, always inside one tenant. */
export interface Actor {
  tenantId: string;
  kind: 'user' | 'api_key' | 'system';
  id: string;
  name: string;
  role: Role;
  orgUnitId: string | null;
  /**
   * The org subtree the actor may see (materialised path prefix); null means the whole tenant.
   */
  scopePath: string | null;
  ip: string | null;
  requestId: string | null;
}

const WHOLE_TENANT_ROLES: ReadonlySet<string> = new Set(['tenant_admin', 'hq', PLATFORM_ADMIN]);

export function scopePathFor(role: Role, kind: Actor['kind'], orgPath: string | null): string | null {
  if (kind !== 'user' || WHOLE_TENANT_ROLES.has(role)) return null;
  return orgPath;
}

export const isTenantAdmin = (actor: Actor) => actor.role === 'tenant_admin';
export const isPlatformAdmin = (actor: Actor) => actor.role === PLATFORM_ADMIN;

/** Whether an org path lies inside the actor's scope. */
export function inScope(actor: Actor, path: string): boolean {
  return actor.scopePath === null || path.startsWith(actor.scopePath);
}

/** The system actor performs start-up seeding and CLI work; it is recorded as such in the audit log. */
export function systemActor(tenantId: string, name = 'system'): Actor {
  return {
    tenantId,
    kind: 'system',
    id: '0',
    name,
    role: 'tenant_admin',
    orgUnitId: null,
    scopePath: null,
    ip: null,
    requestId: null,
  };
}
