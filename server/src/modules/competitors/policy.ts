import type { Actor } from '../../platform/roles.ts';

/**
 * Competitor intelligence is headquarters' tool (DESIGN §1): HQ and administrators import the
 * data, decide uncertain matches and see the whole tenant's lists. Everyone else sees a merchant's
 * competitor section on the page of a merchant they may see.
 */
const MANAGE_ROLES: ReadonlySet<string> = new Set(['tenant_admin', 'hq']);

export const canManageCompetitors = (actor: Actor) => MANAGE_ROLES.has(actor.role);
