import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import { validateAttrs } from '../../platform/fields/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { withDisplayNames } from '../../platform/users/service.ts';
import { getVisibleLead, managesOwner } from '../leads/access.ts';
import { withLeadNames } from '../leads/service.ts';
import type { OpportunityRow } from './repo.ts';
import * as repo from './repo.ts';
import { type Stage, stagesInTx } from './stages.ts';

export type { OpportunityRow } from './repo.ts';

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

/** Whose opportunities the actor sees: their own, their team's, or (HQ, admins) all. */
async function ownersVisible(
  trx: Tx,
  actor: Actor,
  scope: 'all' | 'mine' | 'team',
): Promise<string[] | null> {
  const me = actor.kind === 'user' ? [actor.id] : [];
  if (scope === 'mine') return me;
  return userIdsInScope(trx, actor);
}

/** The owners whose opportunities a list shows: the scope's, narrowed to one person on request. */
async function ownersListed(
  trx: Tx,
  actor: Actor,
  scope: 'all' | 'mine' | 'team',
  ownerId: string | undefined,
): Promise<string[] | null> {
  const visible = await ownersVisible(trx, actor, scope);
  if (ownerId === undefined) return visible;
  return visible === null || visible.includes(ownerId) ? [ownerId] : [];
}

async function mayChange(trx: Tx, actor: Actor, opportunity: OpportunityRow) {
  return (
    (actor.kind === 'user' && opportunity.owner_id === actor.id) ||
    (await managesOwner(trx, actor, opportunity.owner_id))
  );
}

async function getInTx(trx: Tx, deps: Deps, actor: Actor, id: string): Promise<OpportunityRow> {
  const opportunity = await repo.findOpportunity(trx, actor.tenantId, id);
  if (!opportunity) throw notFound('Opportunity');
  const owners = await ownersVisible(trx, actor, 'all');
  if (owners === null || owners.includes(opportunity.owner_id)) return opportunity;
  // Visible through its merchant (e.g. a city manager looking at a store of their city).
  await getVisibleLead(trx, deps, actor, opportunity.lead_id).catch(() => {
    throw notFound('Opportunity');
  });
  return opportunity;
}

export interface NewOpportunity {
  title: string;
  amount?: number | null;
  expectedClose?: string | null;
  stageKey?: string;
  attrs?: Record<string, unknown>;
}

function stageNamed(stages: Stage[], key: string, path: string): Stage {
  const stage = stages.find((s) => s.key === key);
  if (!stage) throw invalid(path, `is not a stage of this tenant (${stages.map((s) => s.key).join(', ')})`);
  return stage;
}

/** Opens an opportunity on a merchant someone owns; it belongs to the merchant's owner. */
export async function createOpportunity(deps: Deps, actor: Actor, leadId: string, input: NewOpportunity) {
  if (input.attrs) await validateAttrs(deps, actor.tenantId, 'opportunity', input.attrs, 'create');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if ((lead.status !== 'private' && lead.status !== 'signed') || lead.owner_id === null) {
      throw new DomainError('invalid_state', 'Claim the merchant before opening an opportunity on it');
    }
    const own = actor.kind === 'user' && lead.owner_id === actor.id;
    if (!own && !(await managesOwner(trx, actor, lead.owner_id))) {
      throw forbidden('Only the merchant’s owner or their manager opens opportunities');
    }
    const stages = await stagesInTx(trx, deps, actor.tenantId);
    const stage = input.stageKey
      ? stageNamed(stages, input.stageKey, '/body/stageKey')
      : stages.find((s) => !s.isWon && !s.isLost)!;
    if (stage.isWon || stage.isLost) throw invalid('/body/stageKey', 'must be an open stage');
    const now = deps.clock.now();
    const opportunity = await repo.insertOpportunity(trx, actor.tenantId, {
      leadId,
      ownerId: lead.owner_id,
      title: input.title,
      stageKey: stage.key,
      amount: input.amount ?? null,
      expectedClose: input.expectedClose ?? null,
      attrs: input.attrs ?? {},
      createdBy: actor.kind === 'user' ? actor.id : null,
      at: now,
    });
    await repo.insertHistory(trx, actor.tenantId, {
      opportunityId: opportunity.id,
      at: now,
      actorKind: actor.kind,
      actorId: actor.kind === 'system' ? null : actor.id,
      actorName: actor.name,
      fromStage: null,
      toStage: stage.key,
      note: null,
    });
    await audit(trx, deps.clock, actor, {
      action: 'opportunity.created',
      object: 'opportunity',
      objectId: opportunity.id,
      after: opportunity,
    });
    return opportunity;
  });
}

export async function getOpportunity(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const opportunity = await getInTx(trx, deps, actor, id);
    const history = await withDisplayNames(
      trx,
      actor.tenantId,
      await repo.listHistory(trx, actor.tenantId, id),
    );
    return { opportunity, history };
  });
}

export async function updateOpportunity(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<Omit<NewOpportunity, 'stageKey'>>,
) {
  if (input.attrs) await validateAttrs(deps, actor.tenantId, 'opportunity', input.attrs, 'update');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await getInTx(trx, deps, actor, id);
    if (!(await mayChange(trx, actor, before)))
      throw forbidden('Only the owner or their manager changes this opportunity');
    const attrs = input.attrs
      ? Object.fromEntries(Object.entries({ ...before.attrs, ...input.attrs }).filter(([, v]) => v !== null))
      : undefined;
    const after = await repo.updateOpportunity(trx, actor.tenantId, id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.amount !== undefined && { amount: input.amount }),
      ...(input.expectedClose !== undefined && { expected_close: input.expectedClose }),
      ...(attrs !== undefined && { attrs: JSON.stringify(attrs) }),
      updated_at: deps.clock.now(),
    });
    await audit(trx, deps.clock, actor, {
      action: 'opportunity.updated',
      object: 'opportunity',
      objectId: id,
      changes: diff(before, after),
    });
    return after;
  });
}

/** Moves an opportunity to a stage, with a history row; a lost one needs the reason. */
export async function moveStage(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { stageKey: string; lostReason?: string; note?: string },
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await getInTx(trx, deps, actor, id);
    if (!(await mayChange(trx, actor, before)))
      throw forbidden('Only the owner or their manager moves this opportunity');
    const stage = stageNamed(await stagesInTx(trx, deps, actor.tenantId), input.stageKey, '/body/stageKey');
    if (stage.key === before.stage_key)
      throw new DomainError('invalid_state', `The opportunity is in ${stage.key} already`);
    if (stage.isLost && !input.lostReason)
      throw invalid('/body/lostReason', 'is required when an opportunity is lost');
    const now = deps.clock.now();
    const after = await repo.updateOpportunity(trx, actor.tenantId, id, {
      stage_key: stage.key,
      lost_reason: stage.isLost ? input.lostReason! : null,
      closed_at: stage.isWon || stage.isLost ? now : null,
      updated_at: now,
    });
    await repo.insertHistory(trx, actor.tenantId, {
      opportunityId: id,
      at: now,
      actorKind: actor.kind,
      actorId: actor.kind === 'system' ? null : actor.id,
      actorName: actor.name,
      fromStage: before.stage_key,
      toStage: stage.key,
      note: input.note ?? input.lostReason ?? null,
    });
    await audit(trx, deps.clock, actor, {
      action: 'opportunity.stage_changed',
      object: 'opportunity',
      objectId: id,
      changes: { stage: [before.stage_key, stage.key] },
    });
    return after;
  });
}

export interface ListQuery {
  scope: 'all' | 'mine' | 'team';
  ownerId?: string;
  leadId?: string;
  stageKey?: string;
  limit: number;
  cursor?: string;
}

export async function listOpportunities(deps: Deps, actor: Actor, query: ListQuery) {
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    if (query.leadId) await getVisibleLead(trx, deps, actor, query.leadId);
    const ownerIds =
      query.leadId && query.scope === 'all' && query.ownerId === undefined
        ? null
        : await ownersListed(trx, actor, query.scope, query.ownerId);
    const rows = await repo.listOpportunities(trx, actor.tenantId, { ...query, ownerIds, beforeId });
    return withLeadNames(trx, actor.tenantId, rows);
  });
  return toPage(rows, query.limit, (row) => [row.id]);
}

/** Opportunities of a merchant, for its page (the lead is already known to be visible). */
export async function opportunitiesOfLead(trx: Tx, tenantId: string, leadId: string) {
  return repo.listOpportunities(trx, tenantId, { ownerIds: null, leadId, limit: 100 });
}

/** The kanban: every stage in order with its count, total amount and first opportunities. */
export async function board(
  deps: Deps,
  actor: Actor,
  query: { scope: 'all' | 'mine' | 'team'; ownerId?: string; perStage: number },
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const stages = await stagesInTx(trx, deps, actor.tenantId);
    const ownerIds = await ownersListed(trx, actor, query.scope, query.ownerId);
    const totals = await repo.stageTotals(trx, actor.tenantId, { ownerIds });
    const columns = [];
    for (const stage of stages) {
      const total = totals.find((t) => t.stage_key === stage.key);
      const items = await repo.listOpportunities(trx, actor.tenantId, {
        ownerIds,
        stageKey: stage.key,
        limit: query.perStage,
      });
      columns.push({
        stage,
        count: Number(total?.count ?? 0),
        amount: Number(total?.amount ?? 0),
        items: await withLeadNames(trx, actor.tenantId, items.slice(0, query.perStage)),
      });
    }
    return columns;
  });
}

/** A signed contract closes its opportunity as won (the first won stage), unless already closed. */
export async function closeWon(trx: Tx, deps: Deps, actor: Actor, opportunityId: string) {
  const opportunity = await repo.findOpportunity(trx, actor.tenantId, opportunityId);
  if (!opportunity || opportunity.closed_at !== null) return;
  const won = (await stagesInTx(trx, deps, actor.tenantId)).find((s) => s.isWon)!;
  const now = deps.clock.now();
  await repo.updateOpportunity(trx, actor.tenantId, opportunityId, {
    stage_key: won.key,
    lost_reason: null,
    closed_at: now,
    updated_at: now,
  });
  await repo.insertHistory(trx, actor.tenantId, {
    opportunityId,
    at: now,
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.id,
    actorName: actor.name,
    fromStage: opportunity.stage_key,
    toStage: won.key,
    note: 'contract signed',
  });
}

export async function findOpportunityOfLead(trx: Tx, tenantId: string, id: string, leadId: string) {
  const opportunity = await repo.findOpportunity(trx, tenantId, id);
  return opportunity && opportunity.lead_id === leadId ? opportunity : undefined;
}
