import type { DealStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import { validateAttrs } from '../../platform/fields/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import { contractsOfLead } from '../contracts/service.ts';
import { emit } from '../events/service.ts';
import { getVisibleLead } from '../leads/access.ts';
import { normalizeText } from '../leads/normalize.ts';
import type { LeadRow } from '../leads/service.ts';
import { localDay } from '../pool/service.ts';
import { type ReasonCode, selfCheck } from './checklist.ts';
import { type DealPeople, mayWorkOnDeals } from './policy.ts';
import * as repo from './repo.ts';

export type { DealRow } from './repo.ts';

export function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

/** The merchant's BD owner and, once it was handed to operations, its ops owner. */
const peopleOf = (lead: LeadRow): DealPeople => ({ ownerId: lead.owner_id, opsOwnerId: lead.ops_owner_id });

/** A deal's text for the gram search: its title and its merchant's name, normalised alike. */
export function merchantCopy(lead: LeadRow, title: string): repo.MerchantCopy {
  return {
    lead_name: lead.name,
    city_id: lead.city_id,
    category: lead.category,
    search_text: `${normalizeText(title)}\n${lead.normalized_name}`,
  };
}

export async function findDealOr404(trx: Tx, tenantId: string, id: string) {
  const deal = await repo.findDeal(trx, tenantId, id);
  if (!deal) throw notFound('Deal');
  return deal;
}

/** The deal's merchant, whoever asks: the deal itself is readable by everyone in the tenant. */
const merchantOf = (trx: Tx, deps: Deps, actor: Actor, leadId: string) =>
  getVisibleLead(trx, deps, { ...actor, scopePath: null }, leadId);

export const historyActor = (actor: Actor) => ({
  kind: actor.kind,
  id: actor.kind === 'system' ? null : actor.id,
  name: actor.name,
});

/** Moves a deal between statuses with its history entry; refuses when it is not in `from`. */
export async function transition(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  deal: repo.DealRow,
  from: DealStatus[],
  entry: { action: repo.HistoryEntry['action']; reasons?: string[]; comment?: string | null },
  changes: Omit<repo.DealChanges, 'updated_at'>,
) {
  const now = deps.clock.now();
  const after = await repo.updateDeal(trx, actor.tenantId, deal.id, from, { ...changes, updated_at: now });
  if (!after) {
    throw new DomainError(
      'invalid_state',
      `A deal that is ${deal.status} cannot do that (it must be ${from.join(' or ')})`,
    );
  }
  await repo.insertHistory(trx, actor.tenantId, {
    dealId: deal.id,
    at: now,
    action: entry.action,
    from: deal.status,
    to: after.status,
    actor: historyActor(actor),
    reasons: entry.reasons,
    comment: entry.comment,
  });
  await audit(trx, deps.clock, actor, {
    action: `deal.${entry.action}`,
    object: 'deal',
    objectId: deal.id,
    changes: diff(deal, after),
    ...((entry.reasons || entry.comment) && { note: { reasons: entry.reasons, comment: entry.comment } }),
  });
  if (after.status === 'online' || after.status === 'offline') {
    await emit(trx, deps, actor, [
      {
        type: after.status === 'online' ? 'deal.online' : 'deal.offline',
        subject: { kind: 'deal', id: deal.id },
        data: {
          leadId: after.lead_id,
          title: after.title,
          dealPrice: after.deal_price,
          validTo: after.valid_to,
          ...(after.status === 'offline' && { status: 'offline', reason: after.offline_reason }),
        },
      },
    ]);
  }
  return after;
}

async function checkContract(trx: Tx, tenantId: string, leadId: string, contractId: string) {
  const contract = (await contractsOfLead(trx, tenantId, leadId)).find((c) => c.id === contractId);
  if (!contract) throw invalid('/body/contractId', 'is not a contract of this merchant');
  if (contract.status !== 'signed' && contract.status !== 'active')
    throw invalid('/body/contractId', `must be signed or active (it is ${contract.status})`);
}

export interface DealInput {
  title: string;
  items: repo.DealItem[];
  listPrice: number;
  dealPrice: number;
  minGroupSize?: number;
  validFrom: string;
  validTo: string;
  contractId?: string | null;
  attrs?: Record<string, unknown>;
}

export async function createDeal(deps: Deps, actor: Actor, leadId: string, input: DealInput) {
  if (input.validTo < input.validFrom) throw invalid('/body/validTo', 'must not be before validFrom');
  const attrs = input.attrs ?? {};
  await validateAttrs(deps, actor.tenantId, 'deal', attrs, 'create');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (lead.status !== 'signed')
      throw new DomainError('invalid_state', 'Deals are for signed merchants: sign a contract first');
    if (!(await mayWorkOnDeals(trx, actor, peopleOf(lead))))
      throw forbidden('Only the merchant’s owner, its ops owner or their managers draft deals');
    if (input.contractId) await checkContract(trx, actor.tenantId, leadId, input.contractId);
    // The BD keeps the credit for the merchant's deals, whoever drafts them.
    const ownerId = lead.owner_id ?? (actor.kind === 'user' ? actor.id : null);
    if (ownerId === null) throw new DomainError('invalid_state', 'The merchant has no owner to credit');
    const now = deps.clock.now();
    const deal = await repo.insertDeal(trx, actor.tenantId, {
      ...merchantCopy(lead, input.title),
      leadId,
      contractId: input.contractId ?? null,
      ownerId,
      title: input.title.trim(),
      items: input.items,
      listPrice: input.listPrice,
      dealPrice: input.dealPrice,
      minGroupSize: input.minGroupSize ?? 1,
      validFrom: input.validFrom,
      validTo: input.validTo,
      attrs,
      createdBy: actor.kind === 'system' ? null : actor.id,
      at: now,
    });
    await repo.insertHistory(trx, actor.tenantId, {
      dealId: deal.id,
      at: now,
      action: 'created',
      from: null,
      to: 'draft',
      actor: historyActor(actor),
    });
    await audit(trx, deps.clock, actor, {
      action: 'deal.created',
      object: 'deal',
      objectId: deal.id,
      after: deal,
    });
    return deal;
  });
}

/** A draft, or a rejected deal being revised (it goes back to draft). */
export async function updateDeal(deps: Deps, actor: Actor, id: string, input: Partial<DealInput>) {
  if (input.attrs) await validateAttrs(deps, actor.tenantId, 'deal', input.attrs, 'update');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await findDealOr404(trx, actor.tenantId, id);
    const lead = await merchantOf(trx, deps, actor, before.lead_id);
    if (!(await mayWorkOnDeals(trx, actor, peopleOf(lead))))
      throw forbidden('Only the merchant’s owner, its ops owner or their managers revise its deals');
    const validFrom = input.validFrom ?? before.valid_from;
    const validTo = input.validTo ?? before.valid_to;
    if (validTo < validFrom) throw invalid('/body/validTo', 'must not be before validFrom');
    if (input.contractId) await checkContract(trx, actor.tenantId, before.lead_id, input.contractId);
    const attrs = input.attrs
      ? Object.fromEntries(Object.entries({ ...before.attrs, ...input.attrs }).filter(([, v]) => v !== null))
      : undefined;
    return transition(
      trx,
      deps,
      actor,
      before,
      ['draft', 'rejected'],
      { action: 'revised' },
      {
        ...merchantCopy(lead, input.title ?? before.title),
        ...(input.title !== undefined && { title: input.title.trim() }),
        ...(input.items !== undefined && { items: JSON.stringify(input.items) }),
        ...(input.listPrice !== undefined && { list_price: input.listPrice }),
        ...(input.dealPrice !== undefined && { deal_price: input.dealPrice }),
        ...(input.minGroupSize !== undefined && { min_group_size: input.minGroupSize }),
        ...(input.validFrom !== undefined && { valid_from: input.validFrom }),
        ...(input.validTo !== undefined && { valid_to: input.validTo }),
        ...(input.contractId !== undefined && { contract_id: input.contractId }),
        ...(attrs !== undefined && { attrs: JSON.stringify(attrs) }),
        status: 'draft',
      },
    );
  });
}

/** Sends a deal to the reviewers, once the server's own checks pass. */
export async function submitDeal(deps: Deps, actor: Actor, id: string) {
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const deal = await findDealOr404(trx, actor.tenantId, id);
    const lead = await merchantOf(trx, deps, actor, deal.lead_id);
    if (!(await mayWorkOnDeals(trx, actor, peopleOf(lead))))
      throw forbidden('Only the merchant’s owner, its ops owner or their managers submit its deals');
    if (deal.status !== 'draft' && deal.status !== 'rejected') {
      throw new DomainError('invalid_state', `A deal that is ${deal.status} cannot be submitted`);
    }
    const failed: ReasonCode[] = selfCheck(deal, localDay(deps.clock.now(), settings.timezone));
    if (failed.length > 0) {
      throw new DomainError('deal_not_ready', `The deal fails the checklist: ${failed.join(', ')}`, {
        reasons: failed,
      });
    }
    if (deal.contract_id) await checkContract(trx, actor.tenantId, deal.lead_id, deal.contract_id);
    return transition(
      trx,
      deps,
      actor,
      deal,
      ['draft', 'rejected'],
      { action: 'submitted' },
      {
        status: 'pending_audit',
        submitted_at: deps.clock.now(),
        rejection_reasons: [],
        rejection_comment: null,
      },
    );
  });
}

export async function getDeal(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const deal = await findDealOr404(trx, actor.tenantId, id);
    const history = await repo.listHistory(trx, actor.tenantId, id);
    // The entries keep the username the actor signed in with; people read each other's names.
    const names = await displayNamesInTx(
      trx,
      actor.tenantId,
      history.filter((h) => h.actor_kind === 'user' && h.actor_id !== null).map((h) => h.actor_id!),
    );
    return {
      deal,
      history: history.map((h) => ({
        ...h,
        actor_name: (h.actor_kind === 'user' && h.actor_id !== null && names.get(h.actor_id)) || h.actor_name,
      })),
    };
  });
}
