import type { TFunction } from 'i18next';

export const ROLES = [
  'tenant_admin',
  'hq',
  'reviewer',
  'city_manager',
  'ops_manager',
  'ops',
  'bd_manager',
  'bd',
] as const;

/** A role code in the user's language (unknown codes as they are). */
export function roleLabel(role: string, t: TFunction): string {
  return (ROLES as readonly string[]).includes(role) || role === 'platform_admin'
    ? t(`roles.${role as (typeof ROLES)[number]}`)
    : role;
}
