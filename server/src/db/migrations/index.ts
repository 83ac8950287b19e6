import type { Migration } from 'kysely';
import * as foundation from './20261125T180000_foundation.ts';
import * as idempotency from './20261125T190000_idempotency.ts';
import * as leads from './20261125T200000_leads.ts';
import * as opportunities from './20261125T210000_opportunities.ts';
import * as contracts from './20261125T220000_contracts.ts';
import * as importCandidates from './20261125T233000_import_candidates.ts';
import * as gramSearch from './20261125T234500_gram_search.ts';
import * as candidateSearch from './20261126T000500_candidate_search.ts';
import * as historyWithoutLeadKey from './20261126T001000_history_without_lead_key.ts';
import * as namePrefix from './20261126T001500_name_prefix.ts';
import * as nearKeys from './20261126T003000_near_keys.ts';
import * as deals from './20261126T010000_deals.ts';
import * as operations from './20261126T020000_operations.ts';
import * as eventsWebhooks from './20261126T100000_events_webhooks.ts';
import * as rateLimit from './20261126T110000_rate_limit.ts';
import * as campaigns from './20261126T120000_campaigns.ts';
import * as competitors from './20261126T130000_competitors.ts';
import * as analytics from './20261126T140000_analytics.ts';
import * as savedViews from './20261126T150000_saved_views.ts';
import * as taskContext from './20261126T190000_task_context.ts';
import * as analyticsSnapshot from './20261127T090000_analytics_snapshot.ts';

/**
 * Every migration, by name, in the order it runs. Listed rather than discovered so that the same
 * code runs under tsx, Vitest and any bundler. Add new files here with a later timestamp.
 */
export const migrations: Record<string, Migration> = {
  '20261125T180000_foundation': foundation,
  '20261125T190000_idempotency': idempotency,
  '20261125T200000_leads': leads,
  '20261125T210000_opportunities': opportunities,
  '20261125T220000_contracts': contracts,
  '20261125T233000_import_candidates': importCandidates,
  '20261125T234500_gram_search': gramSearch,
  '20261126T000500_candidate_search': candidateSearch,
  '20261126T001000_history_without_lead_key': historyWithoutLeadKey,
  '20261126T001500_name_prefix': namePrefix,
  '20261126T003000_near_keys': nearKeys,
  '20261126T010000_deals': deals,
  '20261126T020000_operations': operations,
  '20261126T100000_events_webhooks': eventsWebhooks,
  '20261126T110000_rate_limit': rateLimit,
  '20261126T120000_campaigns': campaigns,
  '20261126T130000_competitors': competitors,
  '20261126T140000_analytics': analytics,
  '20261126T150000_saved_views': savedViews,
  '20261126T190000_task_context': taskContext,
  '20261127T090000_analytics_snapshot': analyticsSnapshot,
};
