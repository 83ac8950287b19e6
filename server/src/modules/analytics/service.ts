import { DAY } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { addDays, daysBetween } from '../ops/dates.ts';
import { localDay } from '../pool/service.ts';
import { addInto, type Counts, countsByUser, present, zeroCounts } from './figures.ts';
import * as live from './live-repo.ts';
import { daysOf, type Period, periodOf } from './period.ts';
import { canManageKpis } from './policy.ts';
import * as rollup from './rollup-repo.ts';
import { resolveScope, type Scope, type ScopeQuery } from './scope.ts';
import * as snapshot from './snapshot-repo.ts';

/** A private lead whose deadline falls within this is "expiring soon" on the dashboard. */
export const EXPIRING_SOON_MS = 3 * DAY;
/** Days refreshed per transaction when many are rebuilt. */
const REFRESH_CHUNK_DAYS = 7;
/** The cron refreshes today and the two days before: a visit may sync up to two days late. */
export const RECENT_DAYS = 3;
/** At most this many days per rebuild request. */
export const MAX_REBUILD_DAYS = 92;

export type PeriodQuery = ScopeQuery & { from?: string; to?: string };

/** Per person of the scope: what they hold (snapshot) and their period's sales and to-dos (live). */
async function presentAndLive(trx: Tx, deps: Deps, tenantId: string, scope: Scope, period: Period) {
  const now = deps.clock.now();
  const [holdings, activity] = await Promise.all([
    snapshot.holdingsByUser(trx, tenantId, { userIds: scope.userIds, now }),
    live.activityByUser(trx, tenantId, { userIds: scope.userIds, start: period.start, end: period.end, now }),
  ]);
  return [...holdings, ...activity];
}

async function countsFor(trx: Tx, deps: Deps, tenantId: string, scope: Scope, period: Period) {
  const filter = { fromDay: period.fromDay, toDay: period.toDay, userIds: scope.userIds };
  const sums = await rollup.sumsByUser(trx, tenantId, filter);
  return countsByUser([...sums, ...(await presentAndLive(trx, deps, tenantId, scope, period))]);
}

function periodOut(period: Period) {
  return { from: period.fromDay, to: period.toDay, timezone: period.timeZone };
}

function scopeOut(scope: Scope) {
  return { kind: scope.kind, id: scope.id, name: scope.name };
}

async function freshness(trx: Tx, tenantId: string) {
  const state = await rollup.refreshState(trx, tenantId);
  return state?.refreshed_at.toISOString() ?? null;
}

/** The figures of one scope over one period, with the trend by day. */
export async function summary(deps: Deps, actor: Actor, query: PeriodQuery) {
  const settings = await tenantSettings(deps, actor.tenantId);
  const period = periodOf(deps.clock, settings.timezone, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const scope = await resolveScope(trx, actor, query);
    // The trend's days add up to the period's rollup figures: one pass over the rollup rows.
    const [trend, people, publicPool, refreshedAt] = await Promise.all([
      rollup.sumsByDay(trx, actor.tenantId, {
        fromDay: period.fromDay,
        toDay: period.toDay,
        userIds: scope.userIds,
      }),
      presentAndLive(trx, deps, actor.tenantId, scope, period),
      snapshot.publicPoolSize(trx, actor.tenantId, scope.cityIds),
      freshness(trx, actor.tenantId),
    ]);
    const total = zeroCounts();
    for (const row of [...trend, ...people]) addInto(total, row);
    const byDay = new Map(trend.map((d) => [d.day, d]));
    return {
      scope: scopeOut(scope),
      period: periodOut(period),
      refreshedAt,
      figures: present(total, publicPool),
      // Every day of the period, quiet ones as zeros, so that a chart's axis is the calendar.
      trend: daysOf(period).map((day) => {
        const d = byDay.get(day);
        return {
          day,
          claims: d?.claims ?? 0,
          visits: d?.visits ?? 0,
          firstVisits: d?.first_visits ?? 0,
          opportunities: d?.opportunities ?? 0,
          signings: d?.signings ?? 0,
          dealsOnline: d?.deals_online ?? 0,
        };
      }),
    };
  });
}

/** Which child a person's figures roll up to: the child unit on their path, or themselves. */
function childOf(memberPath: string, memberId: string, scope: Scope, children: Map<string, unknown>) {
  const below = memberPath
    .slice((scope.path ?? '/').length)
    .split('/')
    .filter(Boolean);
  const unitId = below[0];
  return unitId !== undefined && children.has(unitId) ? `unit:${unitId}` : `user:${memberId}`;
}

/**
 * The same figures per child of the scope: the child units, and the people placed directly in
 * the scope's own unit (a team's BDs). A single person's children are their merchants (see
 * `merchants`).
 */
export async function breakdown(deps: Deps, actor: Actor, query: PeriodQuery) {
  const settings = await tenantSettings(deps, actor.tenantId);
  const period = periodOf(deps.clock, settings.timezone, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const scope = await resolveScope(trx, actor, query);
    if (scope.kind === 'user')
      throw new DomainError('validation_failed', 'A person has no breakdown: ask for their merchants', {
        errors: [{ path: '/query/userId', message: 'use /analytics/merchants' }],
      });
    const scopePath = scope.path ?? (await org.findRootUnit(trx, actor.tenantId))?.path ?? '/';
    const units = await org.unitsUnder(trx, actor.tenantId, scopePath);
    const depth = scopePath.split('/').filter(Boolean).length;
    const childUnits = units.filter((u) => u.path.split('/').filter(Boolean).length === depth + 1);
    const children = new Map(childUnits.map((u) => [u.id, u]));
    const byUser = await countsFor(trx, deps, actor.tenantId, { ...scope, path: scopePath }, period);
    const totals = new Map<string, Counts>();
    for (const member of scope.members) {
      const key = childOf(member.org_path, member.id, { ...scope, path: scopePath }, children);
      const counts = byUser.get(member.id);
      if (!counts && key.startsWith('user:')) continue;
      const total = totals.get(key) ?? zeroCounts();
      if (counts) addInto(total, counts);
      totals.set(key, total);
    }
    const rows = [
      ...childUnits.map((u) => ({
        kind: 'unit' as const,
        id: u.id,
        name: u.name,
        unitKind: u.kind,
        role: null,
        figures: present(totals.get(`unit:${u.id}`) ?? zeroCounts(), null),
      })),
      ...scope.members
        .filter((m) => totals.has(`user:${m.id}`) || (m.role === 'bd' && m.active))
        .filter((m) => !children.has(m.org_path.slice(scopePath.length).split('/').filter(Boolean)[0] ?? ''))
        .map((m) => ({
          kind: 'user' as const,
          id: m.id,
          name: m.display_name,
          unitKind: null,
          role: m.role,
          figures: present(totals.get(`user:${m.id}`) ?? zeroCounts(), null),
        })),
    ];
    return { scope: scopeOut(scope), period: periodOut(period), rows };
  });
}

/** A person's merchants with what happened to each in the period. */
export async function merchants(deps: Deps, actor: Actor, query: PeriodQuery & { limit: number }) {
  const settings = await tenantSettings(deps, actor.tenantId);
  const period = periodOf(deps.clock, settings.timezone, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const scope = await resolveScope(trx, actor, { userId: query.userId ?? actor.id });
    const rows = await live.merchantsOf(trx, actor.tenantId, {
      userId: scope.id!,
      start: period.start,
      end: period.end,
      limit: query.limit,
    });
    return { scope: scopeOut(scope), period: periodOut(period), items: rows };
  });
}

/**
 * Recomputes the rollup of [fromDay, toDay], a few days per transaction, and records when; then
 * the snapshot of holdings and pool. Safe to run twice at once (each chunk replaces its days
 * whole, the snapshot is replaced whole), but the cron queue runs one at a time.
 */
export async function refreshRange(
  deps: Deps,
  tenantId: string,
  range: { fromDay: string; toDay: string },
): Promise<{ days: number; rows: number }> {
  const settings = await tenantSettings(deps, tenantId);
  let rows = 0;
  for (let from = range.fromDay; from <= range.toDay; from = addDays(from, REFRESH_CHUNK_DAYS)) {
    const chunkEnd = addDays(from, REFRESH_CHUNK_DAYS - 1);
    const to = [chunkEnd, range.toDay].sort()[0]!;
    rows += await inTenant(deps.db, tenantId, async (trx) => {
      const written = await rollup.refreshDays(trx, tenantId, {
        fromDay: from,
        toDay: to,
        timeZone: settings.timezone,
      });
      await rollup.recordRefresh(trx, tenantId, { at: deps.clock.now(), fromDay: from, toDay: to });
      return written;
    });
  }
  rows += await refreshSnapshot(deps, tenantId);
  return { days: daysBetween(range.fromDay, range.toDay) + 1, rows };
}

/** Recounts what people hold and the public pool now ("expiring soon": within 3 days of now). */
async function refreshSnapshot(deps: Deps, tenantId: string): Promise<number> {
  const expiringBefore = new Date(deps.clock.now().getTime() + EXPIRING_SOON_MS);
  return inTenant(deps.db, tenantId, (trx) => snapshot.refreshSnapshot(trx, tenantId, { expiringBefore }));
}

/**
 * What the cron runs per tenant: the recent days, or — the first time — everything since the
 * tenant's first event (the backfill).
 */
export async function refreshRecent(deps: Deps, tenantId: string) {
  const settings = await tenantSettings(deps, tenantId);
  const today = localDay(deps.clock.now(), settings.timezone);
  const { state, first } = await inTenant(deps.db, tenantId, async (trx) => ({
    state: await rollup.refreshState(trx, tenantId),
    first: await rollup.firstEventDay(trx, tenantId, settings.timezone),
  }));
  const recentFrom = addDays(today, -(RECENT_DAYS - 1));
  const fromDay = state ? recentFrom : first && first < recentFrom ? first : recentFrom;
  return refreshRange(deps, tenantId, { fromDay, toDay: today });
}

/** An administrator rebuilds a range (after a correction of old data); audited. */
export async function rebuild(deps: Deps, actor: Actor, range: { from: string; to: string }) {
  if (!canManageKpis(actor)) throw forbidden();
  const settings = await tenantSettings(deps, actor.tenantId);
  const period = periodOf(deps.clock, settings.timezone, range);
  if (daysBetween(period.fromDay, period.toDay) >= MAX_REBUILD_DAYS)
    throw new DomainError('validation_failed', `At most ${MAX_REBUILD_DAYS} days per rebuild`, {
      errors: [{ path: '/body/to', message: `makes more than ${MAX_REBUILD_DAYS} days` }],
    });
  const result = await refreshRange(deps, actor.tenantId, { fromDay: period.fromDay, toDay: period.toDay });
  await inTenant(deps.db, actor.tenantId, (trx) =>
    audit(trx, deps.clock, actor, {
      action: 'analytics.rebuilt',
      object: 'analytics',
      objectId: null,
      note: { from: period.fromDay, to: period.toDay, rows: result.rows },
    }),
  );
  return { from: period.fromDay, to: period.toDay, ...result };
}

/**
 * Per person of a scope, their counts over a period: what KPI scoring reads. The same scope
 * rules as the dashboards (a BD: themselves only).
 */
export async function countsOfPeople(deps: Deps, actor: Actor, query: PeriodQuery) {
  const settings = await tenantSettings(deps, actor.tenantId);
  const period = periodOf(deps.clock, settings.timezone, query);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const scope = await resolveScope(trx, actor, query);
    const byUser = await countsFor(trx, deps, actor.tenantId, scope, period);
    const units = await org.unitsUnder(trx, actor.tenantId, null);
    return { scope, period, byUser, units };
  });
}
