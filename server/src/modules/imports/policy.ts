import type { Actor } from '../../platform/roles.ts';

export const IMPORT_ROLES: ReadonlySet<string> = new Set(['tenant_admin', 'hq', 'city_manager', 'reviewer']);

/** Who may bulk-import leads: administrators, HQ, city managers and reviewers. */
export const canImportLeads = (actor: Actor) => IMPORT_ROLES.has(actor.role);
