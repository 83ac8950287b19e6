import type { ContractStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import type { ApprovalStep } from '../../platform/tenants/templates.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import { emit } from '../events/service.ts';
import { getVisibleLead, MANAGER_ROLES, managesOwner } from '../leads/access.ts';
import { withLeadNames } from '../leads/service.ts';
import { closeWon, findOpportunityOfLead } from '../opportunities/service.ts';
import { localDay, markSigned } from '../pool/service.ts';
import { closeOpenTasksOf } from '../tasks/service.ts';
import { recordTransition } from './history.ts';
import type { ContractRow } from './repo.ts';
import * as repo from './repo.ts';

export type { ContractRow } from './repo.ts';

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

/** The roles that must approve, in order: every step whose condition holds, each role once. */
export function approvalChain(
  steps: ApprovalStep[],
  contract: { amount: number; commissionRate: number },
): string[] {
  const roles: string[] = [];
  for (const step of steps) {
    const conditional = step.commissionBelow !== undefined || step.amountAbove !== undefined;
    const holds =
      !conditional ||
      (step.commissionBelow !== undefined && contract.commissionRate < step.commissionBelow) ||
      (step.amountAbove !== undefined && contract.amount > step.amountAbove);
    if (holds && !roles.includes(step.role)) roles.push(step.role);
  }
  return roles;
}

export async function mayWork(trx: Tx, actor: Actor, ownerId: string) {
  return (actor.kind === 'user' && actor.id === ownerId) || (await managesOwner(trx, actor, ownerId));
}

export async function getInTx(trx: Tx, deps: Deps, actor: Actor, id: string): Promise<ContractRow> {
  const contract = await repo.findContract(trx, actor.tenantId, id);
  if (!contract) throw notFound('Contract');
  const owners = await userIdsInScope(trx, actor);
  if (owners === null || owners.includes(contract.owner_id)) return contract;
  await getVisibleLead(trx, deps, actor, contract.lead_id).catch(() => {
    throw notFound('Contract');
  });
  return contract;
}

async function transition(
  trx: Tx,
  actor: Actor,
  contract: ContractRow,
  from: ContractStatus[],
  changes: repo.ContractChanges,
): Promise<ContractRow> {
  const after = await repo.updateContract(trx, actor.tenantId, contract.id, from, changes);
  if (!after) {
    throw new DomainError(
      'invalid_state',
      `A ${contract.status} contract cannot do that (it must be ${from.join(' or ')})`,
    );
  }
  if (after.status !== contract.status) {
    await recordTransition(
      trx,
      actor,
      { contractId: contract.id, from: contract.status, to: after.status, at: changes.updated_at },
      changes.end_reason,
    );
  }
  return after;
}

export interface ContractInput {
  type: 'new' | 'renewal' | 'change';
  title: string;
  amount: number;
  commissionRate: number;
  startOn: string;
  endOn: string;
  terms?: string | null;
  opportunityId?: string;
  attrs?: Record<string, unknown>;
}

export async function createContract(deps: Deps, actor: Actor, leadId: string, input: ContractInput) {
  if (input.endOn < input.startOn) throw invalid('/body/endOn', 'must not be before startOn');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (lead.owner_id === null || (lead.status !== 'private' && lead.status !== 'signed')) {
      throw new DomainError('invalid_state', 'Claim the merchant before drafting a contract');
    }
    if (!(await mayWork(trx, actor, lead.owner_id)))
      throw forbidden('Only the merchant’s owner or their manager drafts contracts');
    if (input.type === 'new' && lead.status === 'signed') {
      throw invalid('/body/type', 'must be renewal or change for a merchant already signed');
    }
    if (input.type !== 'new' && lead.status !== 'signed')
      throw invalid('/body/type', 'must be new for a merchant not yet signed');
    if (
      input.opportunityId &&
      !(await findOpportunityOfLead(trx, actor.tenantId, input.opportunityId, leadId))
    ) {
      throw invalid('/body/opportunityId', 'is not an opportunity of this merchant');
    }
    const contract = await repo.insertContract(trx, actor.tenantId, {
      leadId,
      opportunityId: input.opportunityId ?? null,
      ownerId: lead.owner_id,
      type: input.type,
      title: input.title,
      amount: input.amount,
      commissionRate: input.commissionRate,
      startOn: input.startOn,
      endOn: input.endOn,
      terms: input.terms ?? null,
      attrs: input.attrs ?? {},
      createdBy: actor.kind === 'user' ? actor.id : null,
      at: deps.clock.now(),
    });
    await recordTransition(trx, actor, {
      contractId: contract.id,
      from: null,
      to: 'draft',
      at: contract.created_at,
    });
    await audit(trx, deps.clock, actor, {
      action: 'contract.created',
      object: 'contract',
      objectId: contract.id,
      after: contract,
    });
    return contract;
  });
}

/** A draft, or a rejected contract being revised; a revised one goes back to draft. */
export async function updateContract(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<Omit<ContractInput, 'type' | 'opportunityId'>>,
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await getInTx(trx, deps, actor, id);
    if (!(await mayWork(trx, actor, before.owner_id)))
      throw forbidden('Only the owner or their manager revises this contract');
    const startOn = input.startOn ?? before.start_on;
    const endOn = input.endOn ?? before.end_on;
    if (endOn < startOn) throw invalid('/body/endOn', 'must not be before startOn');
    const after = await transition(trx, actor, before, ['draft', 'rejected'], {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.amount !== undefined && { amount: input.amount }),
      ...(input.commissionRate !== undefined && { commission_rate: input.commissionRate }),
      ...(input.startOn !== undefined && { start_on: input.startOn }),
      ...(input.endOn !== undefined && { end_on: input.endOn }),
      ...(input.terms !== undefined && { terms: input.terms }),
      ...(input.attrs !== undefined && { attrs: JSON.stringify(input.attrs) }),
      status: 'draft',
      updated_at: deps.clock.now(),
    });
    await audit(trx, deps.clock, actor, {
      action: 'contract.updated',
      object: 'contract',
      objectId: id,
      changes: diff(before, after),
    });
    return after;
  });
}

/** Starts a new round of approvals along the tenant's chain for this contract. */
export async function submitContract(deps: Deps, actor: Actor, id: string) {
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const contract = await getInTx(trx, deps, actor, id);
    if (!(await mayWork(trx, actor, contract.owner_id)))
      throw forbidden('Only the owner or their manager submits this contract');
    const chain = approvalChain(settings.contractApproval, {
      amount: Number(contract.amount),
      commissionRate: Number(contract.commission_rate),
    });
    const round = contract.round + 1;
    const now = deps.clock.now();
    const after = await transition(trx, actor, contract, ['draft', 'rejected'], {
      status: chain.length > 0 ? 'pending_approval' : 'approved',
      round,
      current_step: chain.length > 0 ? 1 : null,
      updated_at: now,
    });
    if (chain.length > 0) await repo.insertApprovals(trx, actor.tenantId, id, round, chain, now);
    await audit(trx, deps.clock, actor, {
      action: 'contract.submitted',
      object: 'contract',
      objectId: id,
      note: { round, chain },
    });
    return after;
  });
}

/** A decision on the current step, by someone of the step's role above the contract's owner. */
export async function decide(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { decision: 'approved' | 'rejected'; comment?: string },
) {
  if (input.decision === 'rejected' && !input.comment)
    throw invalid('/body/comment', 'is required when rejecting');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const contract = await getInTx(trx, deps, actor, id);
    if (contract.status !== 'pending_approval' || contract.current_step === null) {
      throw new DomainError('invalid_state', 'This contract is not waiting for approval');
    }
    const step = await repo.findStep(trx, actor.tenantId, id, contract.round, contract.current_step);
    if (step?.decision !== 'pending')
      throw new DomainError('invalid_state', 'This step was decided a moment ago');
    const eligible =
      actor.kind === 'user' &&
      actor.role === step.role &&
      (await managesOwner(trx, actor, contract.owner_id));
    if (!eligible) throw forbidden(`This step waits for the owner's ${step.role}`);
    const now = deps.clock.now();
    await repo.decideStep(trx, actor.tenantId, step.id, {
      decision: input.decision,
      by: actor.id,
      comment: input.comment ?? null,
      at: now,
    });
    const steps = await repo.listApprovals(trx, actor.tenantId, id);
    const last = Math.max(...steps.filter((s) => s.round === contract.round).map((s) => s.step));
    const next: repo.ContractChanges =
      input.decision === 'rejected'
        ? { status: 'rejected', current_step: null, updated_at: now }
        : contract.current_step >= last
          ? { status: 'approved', current_step: null, updated_at: now }
          : { current_step: contract.current_step + 1, updated_at: now };
    const after = await transition(trx, actor, contract, ['pending_approval'], next);
    await audit(trx, deps.clock, actor, {
      action: `contract.${input.decision}`,
      object: 'contract',
      objectId: id,
      note: { round: contract.round, step: contract.current_step, role: step.role, comment: input.comment },
    });
    return after;
  });
}

/** Signing: the merchant leaves the pool rules, the opportunity is won, the contract starts. */
export async function signContract(deps: Deps, actor: Actor, id: string) {
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const contract = await getInTx(trx, deps, actor, id);
    if (!(await mayWork(trx, actor, contract.owner_id)))
      throw forbidden('Only the owner or their manager signs this contract');
    const now = deps.clock.now();
    const started = contract.start_on <= localDay(now, settings.timezone);
    const after = await transition(trx, actor, contract, ['approved'], {
      status: started ? 'active' : 'signed',
      signed_at: now,
      updated_at: now,
    });
    await markSigned(trx, deps, actor, contract.lead_id);
    if (contract.opportunity_id) await closeWon(trx, deps, actor, contract.opportunity_id);
    // The renewal reminders of the merchant are answered by this contract.
    if (contract.type === 'renewal') {
      await closeOpenTasksOf(trx, deps, actor, {
        leadId: contract.lead_id,
        kind: 'renewal',
        feedback: `续约合同 #${contract.id} 已签署`,
      });
    }
    await audit(trx, deps.clock, actor, { action: 'contract.signed', object: 'contract', objectId: id });
    await emit(trx, deps, actor, [
      {
        type: 'contract.signed',
        subject: { kind: 'contract', id },
        data: {
          leadId: contract.lead_id,
          ownerId: contract.owner_id,
          type: contract.type,
          status: after.status,
          startOn: contract.start_on,
          endOn: contract.end_on,
        },
      },
    ]);
    return after;
  });
}

export async function terminateContract(deps: Deps, actor: Actor, id: string, reason: string) {
  if (!MANAGER_ROLES.has(actor.role)) throw forbidden('Only managers terminate contracts');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const contract = await getInTx(trx, deps, actor, id);
    if (!(await managesOwner(trx, actor, contract.owner_id)))
      throw forbidden('This contract belongs to another team');
    const now = deps.clock.now();
    const after = await transition(trx, actor, contract, ['signed', 'active'], {
      status: 'terminated',
      ended_at: now,
      end_reason: reason,
      updated_at: now,
    });
    await audit(trx, deps.clock, actor, {
      action: 'contract.terminated',
      object: 'contract',
      objectId: id,
      note: { reason },
    });
    return after;
  });
}

export async function getContract(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const contract = await getInTx(trx, deps, actor, id);
    const approvals = await repo.listApprovals(trx, actor.tenantId, id);
    // Approvers are named even to a rep who cannot list the people above them.
    const names = await displayNamesInTx(
      trx,
      actor.tenantId,
      approvals.flatMap((a) => (a.decided_by ? [a.decided_by] : [])),
    );
    const [named] = await withLeadNames(trx, actor.tenantId, [contract]);
    return {
      contract: named!,
      approvals: approvals.map((a) => ({
        ...a,
        decided_by_name: a.decided_by ? (names.get(a.decided_by) ?? null) : null,
      })),
    };
  });
}

export async function listContracts(
  deps: Deps,
  actor: Actor,
  query: { leadId?: string; status?: string; limit: number; cursor?: string },
) {
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    if (query.leadId) await getVisibleLead(trx, deps, actor, query.leadId);
    const ownerIds = query.leadId ? null : await userIdsInScope(trx, actor);
    const rows = await repo.listContracts(trx, actor.tenantId, { ...query, ownerIds, beforeId });
    return withLeadNames(trx, actor.tenantId, rows);
  });
  return toPage(rows, query.limit, (row) => [row.id]);
}

/** What waits for this person's decision now. */
export async function myPendingApprovals(deps: Deps, actor: Actor) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    if (!MANAGER_ROLES.has(actor.role)) return [];
    const steps = await repo.pendingSteps(trx, actor.tenantId, actor.role);
    // One read of the team, not one per waiting step.
    const team = await userIdsInScope(trx, actor);
    const mine = team === null ? steps : steps.filter((step) => team.includes(step.owner_id));
    return withLeadNames(trx, actor.tenantId, mine);
  });
}

/** Contracts of a merchant, for its page (the lead is already known to be visible). */
export async function contractsOfLead(trx: Tx, tenantId: string, leadId: string) {
  return repo.listContracts(trx, tenantId, { ownerIds: null, leadId, limit: 100 });
}
