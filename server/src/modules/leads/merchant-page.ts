import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/roles.ts';
import { contactsOf } from '../contacts/service.ts';
import { contractsOfLead } from '../contracts/service.ts';
import { dealsOfLead } from '../deals/center.ts';
import { listEvents } from '../lead-events/service.ts';
import { opportunitiesOfLead } from '../opportunities/service.ts';
import { visitsOfLead } from '../visits/service.ts';
import { getVisibleLead } from './access.ts';
import * as repo from './repo.ts';

/**
 * Everything known about one merchant in one read (the 360 view): the lead and its pool state,
 * its people (phones masked as the viewer's rights say), latest visits, possible duplicates and
 * history, opportunities, contracts and deals.
 */
export async function merchantPage(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, id);
    const contacts = await contactsOf(trx, deps, actor, lead);
    const visits = await visitsOfLead(trx, actor.tenantId, id, 20);
    const duplicates = await repo.listDuplicates(trx, actor.tenantId, id);
    const events = await listEvents(trx, actor.tenantId, id, { limit: 50 });
    const opportunities = await opportunitiesOfLead(trx, actor.tenantId, id);
    const contracts = await contractsOfLead(trx, actor.tenantId, id);
    const deals = await dealsOfLead(trx, actor.tenantId, id);
    return {
      lead,
      contacts,
      visits,
      duplicates,
      opportunities,
      contracts,
      deals,
      events: events.slice(0, 50),
    };
  });
}
