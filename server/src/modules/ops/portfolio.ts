import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { findUserInScope, opsPeopleInScope } from '../../platform/users/scope.ts';
import { renewalPictureOf } from '../contracts/lifecycle.ts';
import { dealPictureOf, type MerchantDeals } from '../deals/portfolio.ts';
import { leadsOfOpsOwners, type PortfolioLeadRow } from '../leads/ops-owner.ts';
import { localDay } from '../pool/service.ts';
import { addDays, daysBetween } from './dates.ts';
import { canSeeOpsTeam, canSeePortfolios, OPS_ROLES } from './policy.ts';

/** A portfolio is read whole (an ops person keeps hundreds of merchants); this bounds the read. */
const PORTFOLIO_CAP = 5_000;
/** The team summary reads every merchant of the team's ops people, up to this many. */
const TEAM_CAP = 100_000;

export type PortfolioView =
  | 'all'
  | 'renewal_due'
  | 'without_contract'
  | 'without_online_deal'
  | 'deal_expiring';

/** Deals ending within this many days count as expiring, unless the caller says otherwise. */
export const DEAL_WINDOW_DAYS = 7;

interface Window {
  today: string;
  renewalWithinDays: number;
  dealWithinDays: number;
}

export interface PortfolioItem {
  lead: PortfolioLeadRow;
  contract: {
    id: string;
    status: string;
    title: string;
    startOn: string;
    endOn: string;
    daysLeft: number;
  } | null;
  renewal: { id: string; status: string } | null;
  renewalDue: boolean;
  deals: MerchantDeals;
}

const NO_DEALS: MerchantDeals = { online: 0, expiring: 0, nextValidTo: null };

/**
 * Each merchant with the contract in force that ends last, a renewal being prepared, whether a
 * renewal is due (the contract ends within the window and none is under way), and its online deals
 * with those ending within the deal window.
 */
async function picture(
  trx: Tx,
  tenantId: string,
  leads: PortfolioLeadRow[],
  window: Window,
): Promise<PortfolioItem[]> {
  const { today } = window;
  const ids = leads.map((lead) => lead.id);
  const { inForce, renewals } = await renewalPictureOf(trx, tenantId, ids);
  const deals = await dealPictureOf(trx, tenantId, ids, addDays(today, window.dealWithinDays));
  const until = addDays(today, window.renewalWithinDays);
  return leads.map((lead) => {
    const c = inForce.get(lead.id);
    const r = renewals.get(lead.id);
    const contract = c
      ? {
          id: c.id,
          status: c.status,
          title: c.title,
          startOn: c.start_on,
          endOn: c.end_on,
          daysLeft: daysBetween(today, c.end_on),
        }
      : null;
    return {
      lead,
      contract,
      renewal: r ? { id: r.id, status: r.status } : null,
      renewalDue: contract !== null && contract.endOn >= today && contract.endOn <= until && !r,
      deals: deals.get(lead.id) ?? NO_DEALS,
    };
  });
}

async function resolveWindow(
  deps: Deps,
  tenantId: string,
  query: { renewalWithinDays?: number; dealWithinDays?: number },
): Promise<Window> {
  const settings = await tenantSettings(deps, tenantId);
  return {
    today: localDay(deps.clock.now(), settings.timezone),
    renewalWithinDays: query.renewalWithinDays ?? settings.renewalReminderDays,
    dealWithinDays: query.dealWithinDays ?? DEAL_WINDOW_DAYS,
  };
}

/** The counts a portfolio and a summary line show. */
function countsOf(items: PortfolioItem[]) {
  return {
    merchants: items.length,
    renewalsDue: items.filter((i) => i.renewalDue).length,
    withoutContract: items.filter((i) => i.contract === null).length,
    withoutOnlineDeal: items.filter((i) => i.deals.online === 0).length,
    dealsExpiring: items.filter((i) => i.deals.expiring > 0).length,
  };
}

/** The merchants of a view, in its order, with the keys its cursor carries. */
function choose(items: PortfolioItem[], view: PortfolioView) {
  const byId = (a: PortfolioItem, b: PortfolioItem) => Number(a.lead.id) - Number(b.lead.id);
  switch (view) {
    case 'renewal_due':
      return {
        chosen: items
          .filter((i) => i.renewalDue)
          .sort((a, b) => a.contract!.endOn.localeCompare(b.contract!.endOn) || byId(a, b)),
        keyOf: (i: PortfolioItem) => [i.contract!.endOn, i.lead.id],
      };
    case 'deal_expiring':
      return {
        chosen: items
          .filter((i) => i.deals.expiring > 0)
          .sort((a, b) => a.deals.nextValidTo!.localeCompare(b.deals.nextValidTo!) || byId(a, b)),
        keyOf: (i: PortfolioItem) => [i.deals.nextValidTo!, i.lead.id],
      };
    case 'without_contract':
      return { chosen: items.filter((i) => i.contract === null), keyOf: (i: PortfolioItem) => [i.lead.id] };
    case 'without_online_deal':
      return { chosen: items.filter((i) => i.deals.online === 0), keyOf: (i: PortfolioItem) => [i.lead.id] };
    default:
      return { chosen: items, keyOf: (i: PortfolioItem) => [i.lead.id] };
  }
}

/**
 * Whose portfolio the actor may open: an ops person their own; an ops manager (or city manager)
 * the ops people of their subtree; HQ and admins anyone's. Someone out of reach is not found.
 */
async function portfolioOwner(trx: Tx, actor: Actor, opsUserId: string | undefined): Promise<string> {
  if (!canSeePortfolios(actor)) throw forbidden('Portfolios are for operations and their managers');
  const id = opsUserId ?? (actor.kind === 'user' ? actor.id : undefined);
  if (id === undefined) throw notFound('User');
  if (actor.role === 'ops') {
    if (id !== actor.id) throw forbidden('Ops people see their own portfolio');
    return id;
  }
  const user = await findUserInScope(trx, actor, id);
  if (!user || !OPS_ROLES.has(user.role)) throw notFound('Ops user');
  return user.id;
}

export interface PortfolioQuery {
  opsUserId?: string;
  renewalWithinDays?: number;
  dealWithinDays?: number;
  view: PortfolioView;
  limit: number;
  cursor?: string;
}

export async function portfolio(deps: Deps, actor: Actor, query: PortfolioQuery) {
  const window = await resolveWindow(deps, actor.tenantId, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const opsUserId = await portfolioOwner(trx, actor, query.opsUserId);
    const leads = await leadsOfOpsOwners(trx, actor.tenantId, [opsUserId], PORTFOLIO_CAP);
    const items = await picture(trx, actor.tenantId, leads, window);
    const { chosen, keyOf } = choose(items, query.view);
    const dated = query.view === 'renewal_due' || query.view === 'deal_expiring';
    const after = decodeCursor(query.cursor, dated ? 2 : 1);
    // The cursor names the last merchant shown; a merchant gone since then restarts the view.
    const start = after ? chosen.findIndex((i) => keyOf(i).join('/') === after.join('/')) + 1 : 0;
    const page = chosen.slice(start, start + query.limit);
    const last = page[page.length - 1];
    return {
      opsUserId,
      day: window.today,
      renewalWithinDays: window.renewalWithinDays,
      dealWithinDays: window.dealWithinDays,
      counts: countsOf(items),
      items: page,
      nextCursor: start + query.limit < chosen.length && last ? encodeCursor(keyOf(last)) : null,
    };
  });
}

/** Portfolio size per ops person of the actor's subtree, for the ops manager. */
export async function portfolioSummary(
  deps: Deps,
  actor: Actor,
  query: { renewalWithinDays?: number; dealWithinDays?: number },
) {
  if (!canSeeOpsTeam(actor)) throw forbidden('Ops managers, city managers, HQ and admins see the ops team');
  const window = await resolveWindow(deps, actor.tenantId, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const people = await opsPeopleInScope(trx, actor);
    const leads = await leadsOfOpsOwners(
      trx,
      actor.tenantId,
      people.map((p) => p.id),
      TEAM_CAP,
    );
    const items = await picture(trx, actor.tenantId, leads, window);
    const byOwner = new Map<string, PortfolioItem[]>();
    for (const item of items) {
      const owner = item.lead.ops_owner_id!;
      const list = byOwner.get(owner);
      if (list) list.push(item);
      else byOwner.set(owner, [item]);
    }
    const members = people
      .map((person) => ({
        userId: person.id,
        username: person.username,
        displayName: person.display_name,
        role: person.role,
        active: person.active,
        ...countsOf(byOwner.get(person.id) ?? []),
      }))
      // A deactivated person still holding merchants is what a manager must see (to hand them on).
      .filter((m) => m.active || m.merchants > 0);
    return {
      day: window.today,
      renewalWithinDays: window.renewalWithinDays,
      dealWithinDays: window.dealWithinDays,
      members,
    };
  });
}
