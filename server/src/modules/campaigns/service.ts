import { DAY } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import { priceGapsOfLeads } from '../competitors/service.ts';
import { merchantsOfDeals, parseDealFilter } from '../deals/center.ts';
import { leadFilterInput } from '../leads/schema.ts';
import { parseLeadFilter } from '../leads/service.ts';
import { countKeepers, keeperSource, type LeadTarget } from '../leads/targets.ts';
import { insertCampaignTasks, setTaskContexts } from '../tasks/service.ts';
import * as repo from './repo.ts';

export type { CampaignRow } from './repo.ts';

/**
 * HQ steers the whole force; a city manager runs campaigns in their own city (the filter only
 * ever reaches the leads they see). BDs and team leads receive tasks, they do not launch them.
 */
const CAMPAIGN_ROLES: ReadonlySet<string> = new Set(['hq', 'tenant_admin', 'city_manager']);
export const canRunCampaigns = (actor: Actor) => CAMPAIGN_ROLES.has(actor.role);

/** Merchants per fan-out transaction: big enough to be quick, small enough to hold few locks. */
export const FANOUT_BATCH = 5_000;
const SAMPLE = 20;

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

function mustRun(actor: Actor) {
  if (!canRunCampaigns(actor)) throw forbidden('HQ, administrators and city managers run campaigns');
}

export interface TargetInput {
  target: 'leads' | 'deals';
  leadFilter?: Record<string, unknown>;
  dealFilter?: Record<string, unknown>;
}

/** The campaign's filter checked by the leads or deals service (their own parsing, not a copy). */
async function parseTarget(deps: Deps, actor: Actor, input: TargetInput) {
  if (input.target === 'leads') {
    if (input.dealFilter !== undefined) throw invalid('/body/dealFilter', 'is for a campaign over deals');
    const raw = input.leadFilter ?? {};
    return { raw, leads: await parseLeadFilter(deps, actor, leadFilterInput(raw)) };
  }
  if (input.leadFilter !== undefined) throw invalid('/body/leadFilter', 'is for a campaign over leads');
  const raw = input.dealFilter ?? {};
  return { raw, deals: parseDealFilter(raw) };
}

type Parsed = Awaited<ReturnType<typeof parseTarget>>;

function targetIn(trx: Tx, actor: Actor, parsed: Parsed): LeadTarget {
  if (parsed.leads) return { kind: 'leads', filter: parsed.leads };
  return { kind: 'deals', leadIds: merchantsOfDeals(trx, actor.tenantId, parsed.deals!) };
}

export interface CampaignInput extends TargetInput {
  name: string;
  templateKey?: string | null;
  task: { kind: string; title: string; instructions?: string | null; dueInDays: number };
}

const fieldsOf = (input: CampaignInput, raw: Record<string, unknown>): repo.CampaignFields => ({
  name: input.name.trim(),
  target: input.target,
  filter: raw,
  templateKey: input.templateKey ?? null,
  taskKind: input.task.kind,
  taskTitle: input.task.title.trim(),
  instructions: input.task.instructions ?? null,
  dueInDays: input.task.dueInDays,
});

export async function createCampaign(deps: Deps, actor: Actor, input: CampaignInput) {
  mustRun(actor);
  const parsed = await parseTarget(deps, actor, input);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const row = await repo.insertCampaign(
      trx,
      actor.tenantId,
      fieldsOf(input, parsed.raw),
      actor.kind === 'user' ? actor.id : null,
      deps.clock.now(),
    );
    await audit(trx, deps.clock, actor, {
      action: 'campaign.created',
      object: 'campaign',
      objectId: row.id,
      after: row,
    });
    return row;
  });
}

async function getInTx(trx: Tx, actor: Actor, id: string, lock = false) {
  mustRun(actor);
  const row = await repo.findCampaign(trx, actor.tenantId, id, lock);
  if (!row) throw notFound('Campaign');
  return row;
}

export async function updateCampaign(deps: Deps, actor: Actor, id: string, input: CampaignInput) {
  mustRun(actor);
  const parsed = await parseTarget(deps, actor, input);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await getInTx(trx, actor, id, true);
    const after = await repo.updateDraft(
      trx,
      actor.tenantId,
      id,
      fieldsOf(input, parsed.raw),
      deps.clock.now(),
    );
    if (!after)
      throw new DomainError('invalid_state', 'A launched campaign no longer changes; start a new one');
    await audit(trx, deps.clock, actor, {
      action: 'campaign.updated',
      object: 'campaign',
      objectId: id,
      changes: diff(before, after),
    });
    return after;
  });
}

export const getCampaign = (deps: Deps, actor: Actor, id: string) =>
  inTenant(deps.db, actor.tenantId, (trx) => getInTx(trx, actor, id));

export async function listCampaigns(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  mustRun(actor);
  const [beforeId] = decodeCursor(page.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, (trx) =>
    repo.listCampaigns(trx, actor.tenantId, { beforeId, limit: page.limit }),
  );
  return toPage(rows, page.limit, (row) => [row.id]);
}

/** How many merchants a saved campaign reaches now, with the launcher's visibility. */
export async function countTargets(deps: Deps, actor: Actor, row: repo.CampaignRow) {
  const parsed = await parseTarget(deps, actor, storedTarget(row));
  return inTenant(deps.db, actor.tenantId, async (trx) =>
    countKeepers(trx, await keeperSource(trx, deps, actor, targetIn(trx, actor, parsed))),
  );
}

/** How many merchants a filter reaches and who would get the first of them: before any launch. */
export async function preview(deps: Deps, actor: Actor, input: TargetInput) {
  mustRun(actor);
  const parsed = await parseTarget(deps, actor, input);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const target = targetIn(trx, actor, parsed);
    const counts = await countKeepers(trx, await keeperSource(trx, deps, actor, target));
    const sample = await (await keeperSource(trx, deps, actor, target, { limit: SAMPLE })).execute();
    const names = await displayNamesInTx(
      trx,
      actor.tenantId,
      sample.flatMap((s) => (s.assignee_id ? [s.assignee_id] : [])),
    );
    return {
      ...counts,
      sample: sample.map((s) => ({
        leadId: s.lead_id,
        name: s.name,
        cityId: s.city_id,
        assigneeId: s.assignee_id,
        assigneeName: s.assignee_id ? (names.get(s.assignee_id) ?? null) : null,
        keeper: s.keeper_kind,
      })),
    };
  });
}

export const storedTarget = (row: repo.CampaignRow): TargetInput =>
  row.target === 'leads'
    ? { target: 'leads', leadFilter: row.filter as Record<string, unknown> }
    : { target: 'deals', dealFilter: row.filter as Record<string, unknown> };

/** Tasks of this kind carry their merchant's price gaps and suggested strategy. */
export const PRICE_TASK = 'price_match';

/** One read of the batch's gaps, one write of the batch's contexts: the fan-out stays set-based. */
async function attachPriceGaps(trx: Tx, tenantId: string, tasks: Array<{ id: string; leadId: string }>) {
  const gaps = await priceGapsOfLeads(
    trx,
    tenantId,
    tasks.map((t) => t.leadId),
  );
  await setTaskContexts(
    trx,
    tenantId,
    tasks.flatMap((t) => {
      const priceGaps = gaps.get(t.leadId);
      return priceGaps ? [{ taskId: t.id, context: { priceGaps } }] : [];
    }),
  );
}

/**
 * Launches (or launches again) a campaign: one task per matching merchant to whoever keeps it now
 * (leads/targets.ts), in batches of FANOUT_BATCH merchants by id, each batch its own transaction.
 * Idempotent: a merchant with this campaign's task keeps it, so a second launch, a concurrent one
 * or a retry after a crash adds only the merchants that have none yet (new matches included).
 */
export async function launchCampaign(
  deps: Deps,
  actor: Actor,
  id: string,
  batchSize = FANOUT_BATCH,
  onBatch?: (trx: Tx, batch: { matched: number; created: number }) => Promise<void>,
) {
  mustRun(actor);
  const now = deps.clock.now();
  const campaign = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const row = await getInTx(trx, actor, id, true);
    return repo.markLaunched(
      trx,
      actor.tenantId,
      id,
      actor.kind === 'user' ? actor.id : null,
      row.matched ?? 0,
      now,
    );
  });
  const parsed = await parseTarget(deps, actor, storedTarget(campaign));
  const template = {
    campaignId: id,
    kind: campaign.task_kind,
    title: campaign.task_title,
    instructions: campaign.instructions,
    dueAt: new Date(now.getTime() + campaign.due_in_days * DAY),
    createdBy: actor.kind === 'user' ? actor.id : null,
    at: now,
  };
  let afterId: string | undefined;
  let matched = 0;
  let created = 0;
  for (;;) {
    const batch = await inTenant(deps.db, actor.tenantId, async (trx) => {
      const source = await keeperSource(trx, deps, actor, targetIn(trx, actor, parsed), {
        afterId,
        limit: batchSize,
      });
      const inserted = await insertCampaignTasks(trx, actor.tenantId, source, template);
      if (template.kind === PRICE_TASK) await attachPriceGaps(trx, actor.tenantId, inserted.tasks);
      await onBatch?.(trx, inserted);
      return inserted;
    });
    matched += batch.matched;
    created += batch.created;
    if (batch.matched < batchSize || batch.lastId === null) break;
    afterId = batch.lastId;
  }
  const unassigned = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const counts = await countKeepers(
      trx,
      await keeperSource(trx, deps, actor, targetIn(trx, actor, parsed)),
    );
    return counts.unassigned;
  });
  const row = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const after = await repo.markLaunched(
      trx,
      actor.tenantId,
      id,
      actor.kind === 'user' ? actor.id : null,
      matched,
      now,
    );
    await audit(trx, deps.clock, actor, {
      action: 'campaign.launched',
      object: 'campaign',
      objectId: id,
      note: { matched, created, unassigned },
    });
    return after;
  });
  return { campaign: row, matched, created, unassigned };
}
