import { type Actor, isTenantAdmin } from '../roles.ts';

export const canManageUsers = (actor: Actor) => isTenantAdmin(actor);
