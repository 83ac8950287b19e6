import { type Actor, isTenantAdmin } from '../roles.ts';

export const canManageOrg = (actor: Actor) => isTenantAdmin(actor);
