import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { unitNames } from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { usersWithUnits } from '../../platform/users/scope.ts';
import { displayNamesInTx } from '../../platform/users/service.ts';
import { withLeadNames } from '../leads/service.ts';
import {
  campaignCounts,
  campaignFeedback,
  canHandleEscalations,
  escalatedTasks,
  type TaskRow,
} from '../tasks/service.ts';
import { getCampaign } from './service.ts';

const STATUSES = ['open', 'doing', 'done', 'rejected', 'escalated'] as const;

function emptyCounts() {
  return { total: 0, open: 0, doing: 0, done: 0, rejected: 0, escalated: 0, overdue: 0, donePct: 0 };
}
type Counts = ReturnType<typeof emptyCounts>;

function add(into: Counts, status: string, n: number, overdue: number) {
  into.total += n;
  if ((STATUSES as readonly string[]).includes(status)) into[status as (typeof STATUSES)[number]] += n;
  into.overdue += overdue;
}

const finish = (c: Counts) => ({
  ...c,
  donePct: c.total === 0 ? 0 : Math.round((c.done / c.total) * 1000) / 10,
});

/**
 * A campaign's tasks counted per status, overall, by the merchant's city and by the assignee's
 * team (the unit the assignee belongs to, a city for city managers and ops): done %, overdue.
 */
export async function campaignProgress(deps: Deps, actor: Actor, id: string) {
  await getCampaign(deps, actor, id);
  const now = deps.clock.now();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const rows = await campaignCounts(trx, actor.tenantId, id, now);
    const users = new Map(
      (
        await usersWithUnits(
          trx,
          actor.tenantId,
          rows.map((r) => r.assignee_id),
        )
      ).map((u) => [u.id, u]),
    );
    const cityNames = await unitNames(
      trx,
      actor.tenantId,
      rows.flatMap((r) => (r.city_id ? [r.city_id] : [])),
    );
    const totals = emptyCounts();
    const byCity = new Map<string, Counts>();
    const byTeam = new Map<string, Counts>();
    for (const r of rows) {
      const n = Number(r.n);
      const overdue = Number(r.overdue);
      add(totals, r.status, n, overdue);
      const city = r.city_id ?? '';
      if (!byCity.has(city)) byCity.set(city, emptyCounts());
      add(byCity.get(city)!, r.status, n, overdue);
      const unit = users.get(r.assignee_id)?.unit_id ?? '';
      if (!byTeam.has(unit)) byTeam.set(unit, emptyCounts());
      add(byTeam.get(unit)!, r.status, n, overdue);
    }
    const unitNameOf = new Map([...users.values()].map((u) => [u.unit_id, u.unit_name]));
    return {
      totals: finish(totals),
      byCity: [...byCity.entries()]
        .map(([cityId, c]) => ({
          cityId: cityId || null,
          cityName: cityNames.get(cityId) ?? null,
          ...finish(c),
        }))
        .sort((a, b) => b.total - a.total),
      byTeam: [...byTeam.entries()]
        .filter(([unitId]) => unitId !== '')
        .map(([unitId, c]) => ({ unitId, unitName: unitNameOf.get(unitId) ?? '', ...finish(c) }))
        .sort((a, b) => b.total - a.total),
    };
  });
}

async function named(trx: Parameters<typeof withLeadNames>[0], tenantId: string, tasks: TaskRow[]) {
  const leads = new Map(
    (
      await withLeadNames(
        trx,
        tenantId,
        tasks.flatMap((t) => (t.lead_id ? [{ lead_id: t.lead_id }] : [])),
      )
    ).map((r) => [r.lead_id, r.lead_name]),
  );
  const people = await displayNamesInTx(
    trx,
    tenantId,
    tasks.map((t) => t.assignee_id),
  );
  return tasks.map((t) => ({
    ...t,
    lead_name: t.lead_id ? (leads.get(t.lead_id) ?? null) : null,
    assignee_name: people.get(t.assignee_id) ?? null,
  }));
}

/** What the field sent back (done with feedback, rejected, escalated), the latest first. */
export async function feedbackOf(
  deps: Deps,
  actor: Actor,
  id: string,
  page: { limit: number; cursor?: string },
) {
  await getCampaign(deps, actor, id);
  const [at, taskId] = decodeCursor(page.cursor, 2) ?? [];
  if (at !== undefined && Number.isNaN(Date.parse(at)))
    throw new DomainError('invalid_cursor', 'The cursor is not one this list gave out');
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) =>
    named(
      trx,
      actor.tenantId,
      await campaignFeedback(trx, actor.tenantId, {
        campaignId: id,
        before: at !== undefined && taskId !== undefined ? { at, id: taskId } : undefined,
        limit: page.limit,
      }),
    ),
  );
  return toPage(rows, page.limit, (row) => [row.updated_at.toISOString(), row.id]);
}

/** HQ's escalation queue: what the field could not solve, the longest waiting first. */
export async function escalationQueue(
  deps: Deps,
  actor: Actor,
  query: { campaignId?: string; limit: number; cursor?: string },
) {
  if (!canHandleEscalations(actor)) throw forbidden('HQ and administrators handle escalations');
  const [at, taskId] = decodeCursor(query.cursor, 2) ?? [];
  if (at !== undefined && Number.isNaN(Date.parse(at)))
    throw new DomainError('invalid_cursor', 'The cursor is not one this list gave out');
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) =>
    named(
      trx,
      actor.tenantId,
      await escalatedTasks(trx, actor.tenantId, {
        campaignId: query.campaignId,
        after: at !== undefined && taskId !== undefined ? { at, id: taskId } : undefined,
        limit: query.limit,
      }),
    ),
  );
  return toPage(rows, query.limit, (row) => [row.escalated_at?.toISOString() ?? '', row.id]);
}
