import { canManageKpis, canViewAnalytics } from '../modules/analytics/policy.ts';
import { canRunCampaigns } from '../modules/campaigns/service.ts';
import { canManageCompetitors } from '../modules/competitors/policy.ts';
import {
  canAuditDeals,
  canDraftDeals,
  canRecordDealSales,
  canTakeDealsOffline,
} from '../modules/deals/policy.ts';
import { canReadEvents } from '../modules/events/service.ts';
import { canImportLeads } from '../modules/imports/policy.ts';
import { CLAIMER_ROLES, MANAGER_ROLES } from '../modules/leads/access.ts';
import { canRevealPhones } from '../modules/leads/service.ts';
import { canManageStages } from '../modules/opportunities/stages.ts';
import { canHandOver, canSeeOpsTeam, canSeePortfolios } from '../modules/ops/policy.ts';
import { canManagePools } from '../modules/pool/pools-service.ts';
import { canSeeTeamLoad } from '../modules/pool/team-load.ts';
import { canReview } from '../modules/review/service.ts';
import { canManageTagRules } from '../modules/tag-rules/service.ts';
import { canFollowTeamTasks, canHandleEscalations } from '../modules/tasks/service.ts';
import { canManageWebhooks } from '../modules/webhooks/service.ts';
import { canManageApiKeys } from './api-keys/service.ts';
import { canReadAuditLog } from './audit/service.ts';
import { canManageFields } from './fields/service.ts';
import { canManageOrg } from './org/policy.ts';
import { type Actor, isPlatformAdmin, isTenantAdmin } from './roles.ts';
import { canManageUsers } from './users/policy.ts';

/**
 * The permission names a client may test to decide what to show. Each is the very predicate the
 * service checks, so a screen never offers what the server would refuse.
 */
const PERMISSIONS: Record<string, (actor: Actor) => boolean> = {
  'org.manage': canManageOrg,
  'users.manage': canManageUsers,
  'apiKeys.manage': canManageApiKeys,
  'auditLog.read': canReadAuditLog,
  'tenants.manage': isPlatformAdmin,
  'fields.manage': canManageFields,
  'pools.manage': canManagePools,
  'leads.claim': (actor) => actor.kind === 'user' && CLAIMER_ROLES.has(actor.role),
  'leads.assign': (actor) => MANAGER_ROLES.has(actor.role),
  'leads.import': canImportLeads,
  'leads.review': canReview,
  'leads.revealPhone': canRevealPhones,
  'pool.teamLoad': canSeeTeamLoad,
  'stages.manage': canManageStages,
  'deals.draft': canDraftDeals,
  'deals.audit': canAuditDeals,
  'deals.offline': canTakeDealsOffline,
  'deals.sales': canRecordDealSales,
  // Approval steps wait for a manager role; terminating a contract is a manager's call too.
  'contracts.approve': (actor) => actor.kind === 'user' && MANAGER_ROLES.has(actor.role),
  'contracts.terminate': (actor) => MANAGER_ROLES.has(actor.role),
  'contracts.runLifecycle': isTenantAdmin,
  'leads.handover': canHandOver,
  'ops.portfolio': canSeePortfolios,
  'ops.team': canSeeOpsTeam,
  'tasks.team': canFollowTeamTasks,
  'competitors.manage': canManageCompetitors,
  'tagRules.manage': canManageTagRules,
  'campaigns.run': canRunCampaigns,
  'tasks.escalations': canHandleEscalations,
  'events.read': canReadEvents,
  'webhooks.manage': canManageWebhooks,
  'analytics.view': canViewAnalytics,
  'kpi.manage': canManageKpis,
};

export function permissionsOf(actor: Actor): string[] {
  return Object.entries(PERMISSIONS)
    .filter(([, allowed]) => allowed(actor))
    .map(([name]) => name);
}
