import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { findUserInScope, opsPeopleInScope } from '../../platform/users/scope.ts';
import { renewalPictureOf } from '../contracts/lifecycle.ts';
import { leadsOfOpsOwners, type PortfolioLeadRow } from '../leads/ops-owner.ts';
import { localDay } from '../pool/service.ts';
import { addDays, daysBetween } from './dates.ts';
import { canSeeOpsTeam, canSeePortfolios, OPS_ROLES } from './policy.ts';

/** A portfolio is read whole (an ops person keeps hundreds of merchants); this bounds the read. */
const PORTFOLIO_CAP = 5_000;
/** The team summary reads every merchant of the team's ops people, up to this many. */
const TEAM_CAP = 100_000;

export type PortfolioView = 'all' | 'renewal_due' | 'without_contract';

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
}

/**
 * Each merchant with the contract in force that ends last, a renewal being prepared, and whether a
 * renewal is due: the contract ends within `withinDays` of today and none is under way.
 */
async function picture(
  trx: Tx,
  tenantId: string,
  leads: PortfolioLeadRow[],
  today: string,
  withinDays: number,
): Promise<PortfolioItem[]> {
  const { inForce, renewals } = await renewalPictureOf(
    trx,
    tenantId,
    leads.map((lead) => lead.id),
  );
  const until = addDays(today, withinDays);
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
    };
  });
}

async function resolveWindow(deps: Deps, tenantId: string, withinDays: number | undefined) {
  const settings = await tenantSettings(deps, tenantId);
  return {
    today: localDay(deps.clock.now(), settings.timezone),
    withinDays: withinDays ?? settings.renewalReminderDays,
  };
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
  view: PortfolioView;
  limit: number;
  cursor?: string;
}

export async function portfolio(deps: Deps, actor: Actor, query: PortfolioQuery) {
  const { today, withinDays } = await resolveWindow(deps, actor.tenantId, query.renewalWithinDays);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const opsUserId = await portfolioOwner(trx, actor, query.opsUserId);
    const leads = await leadsOfOpsOwners(trx, actor.tenantId, [opsUserId], PORTFOLIO_CAP);
    const items = await picture(trx, actor.tenantId, leads, today, withinDays);
    const counts = {
      merchants: items.length,
      renewalsDue: items.filter((i) => i.renewalDue).length,
      withoutContract: items.filter((i) => i.contract === null).length,
    };
    // Renewals due soonest first; otherwise the newest merchants first.
    const chosen =
      query.view === 'renewal_due'
        ? items
            .filter((i) => i.renewalDue)
            .sort(
              (a, b) =>
                a.contract!.endOn.localeCompare(b.contract!.endOn) || Number(a.lead.id) - Number(b.lead.id),
            )
        : query.view === 'without_contract'
          ? items.filter((i) => i.contract === null)
          : items;
    const keyOf = (i: PortfolioItem) =>
      query.view === 'renewal_due' ? [i.contract!.endOn, i.lead.id] : [i.lead.id];
    const after = decodeCursor(query.cursor, query.view === 'renewal_due' ? 2 : 1);
    let start = 0;
    if (after) {
      const index = chosen.findIndex((i) => keyOf(i).join('/') === after.join('/'));
      start = index + 1;
    }
    const page = chosen.slice(start, start + query.limit);
    const last = page[page.length - 1];
    return {
      opsUserId,
      day: today,
      renewalWithinDays: withinDays,
      counts,
      items: page,
      nextCursor: start + query.limit < chosen.length && last ? encodeCursor(keyOf(last)) : null,
    };
  });
}

/** Portfolio size per ops person of the actor's subtree, for the ops manager. */
export async function portfolioSummary(deps: Deps, actor: Actor, query: { renewalWithinDays?: number }) {
  if (!canSeeOpsTeam(actor)) throw forbidden('Ops managers, city managers, HQ and admins see the ops team');
  const { today, withinDays } = await resolveWindow(deps, actor.tenantId, query.renewalWithinDays);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const people = await opsPeopleInScope(trx, actor);
    const leads = await leadsOfOpsOwners(
      trx,
      actor.tenantId,
      people.map((p) => p.id),
      TEAM_CAP,
    );
    const items = await picture(trx, actor.tenantId, leads, today, withinDays);
    const byOwner = new Map<string, PortfolioItem[]>();
    for (const item of items) {
      const owner = item.lead.ops_owner_id!;
      const list = byOwner.get(owner);
      if (list) list.push(item);
      else byOwner.set(owner, [item]);
    }
    const members = people
      .map((person) => {
        const own = byOwner.get(person.id) ?? [];
        return {
          userId: person.id,
          username: person.username,
          displayName: person.display_name,
          role: person.role,
          active: person.active,
          merchants: own.length,
          renewalsDue: own.filter((i) => i.renewalDue).length,
          withoutContract: own.filter((i) => i.contract === null).length,
        };
      })
      // A deactivated person still holding merchants is what a manager must see (to hand them on).
      .filter((m) => m.active || m.merchants > 0);
    return { day: today, renewalWithinDays: withinDays, members };
  });
}
