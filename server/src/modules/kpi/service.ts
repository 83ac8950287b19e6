import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { zeroCounts } from '../analytics/figures.ts';
import { canManageKpis, canViewAnalytics } from '../analytics/policy.ts';
import { countsOfPeople } from '../analytics/service.ts';
import { addDays } from '../ops/dates.ts';
import * as repo from './repo.ts';
import { type KpiLine, type KpiMetric, ranks, score } from './scoring.ts';

export const DEFAULT_CAP = 1.2;

export interface DefinitionInput {
  name: string;
  role: string;
  orgUnitId?: string | null;
  cap?: number;
  metrics: Array<{ metric: string; weight: number; target: number }>;
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });

function checkLines(metrics: DefinitionInput['metrics']) {
  const total = metrics.reduce((sum, l) => sum + l.weight, 0);
  if (total !== 100) throw invalid('/body/metrics', `weights add up to ${total}, not 100`);
  const seen = new Set<string>();
  for (const [i, line] of metrics.entries()) {
    if (seen.has(line.metric)) throw invalid(`/body/metrics/${i}/metric`, 'appears twice');
    seen.add(line.metric);
  }
}

export const presentDefinition = (row: NonNullable<repo.KpiRow>) => ({
  id: row.id,
  name: row.name,
  role: row.role,
  orgUnitId: row.org_unit_id,
  cap: Number(row.cap),
  metrics: row.metrics as KpiLine[],
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Everyone who sees dashboards sees the definitions they are measured by. */
export async function listDefinitions(deps: Deps, actor: Actor) {
  if (!canViewAnalytics(actor)) throw forbidden();
  const rows = await inTenant(deps.db, actor.tenantId, (trx) => repo.listDefinitions(trx, actor.tenantId));
  return rows.map(presentDefinition);
}

async function write(deps: Deps, actor: Actor, input: DefinitionInput, id?: string) {
  if (!canManageKpis(actor)) throw forbidden();
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = id === undefined ? undefined : await repo.findDefinition(trx, actor.tenantId, id);
    if (id !== undefined && !before) throw notFound('KPI definition');
    checkLines(input.metrics);
    const unitId = input.orgUnitId ?? null;
    if (unitId !== null && !(await org.findUnit(trx, actor.tenantId, unitId)))
      throw invalid('/body/orgUnitId', 'is not a unit of this tenant');
    if (await repo.slotTaken(trx, actor.tenantId, input.role, unitId, id))
      throw new DomainError('conflict', 'This role already has a KPI definition for this unit');
    const values = {
      name: input.name,
      role: input.role,
      org_unit_id: unitId,
      cap: input.cap ?? DEFAULT_CAP,
      metrics: input.metrics,
    };
    const at = deps.clock.now();
    const row = before
      ? await repo.updateDefinition(trx, actor.tenantId, before.id, values, at)
      : await repo.insertDefinition(trx, actor.tenantId, values, at);
    const out = presentDefinition(row);
    await audit(trx, deps.clock, actor, {
      action: before ? 'kpi.updated' : 'kpi.created',
      object: 'kpi_definition',
      objectId: row.id,
      ...(before
        ? { changes: { definition: [presentDefinition(before), out] } }
        : { after: out as unknown as Record<string, unknown> }),
    });
    return out;
  });
}

export const createDefinition = (deps: Deps, actor: Actor, input: DefinitionInput) =>
  write(deps, actor, input);

export async function updateDefinition(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: Partial<DefinitionInput>,
) {
  const current = await inTenant(deps.db, actor.tenantId, (trx) =>
    repo.findDefinition(trx, actor.tenantId, id),
  );
  if (!current) throw notFound('KPI definition');
  const base = presentDefinition(current);
  return write(deps, actor, { ...base, ...patch }, id);
}

export async function deleteDefinition(deps: Deps, actor: Actor, id: string) {
  if (!canManageKpis(actor)) throw forbidden();
  await inTenant(deps.db, actor.tenantId, async (trx) => {
    const row = await repo.findDefinition(trx, actor.tenantId, id);
    if (!row) throw notFound('KPI definition');
    await repo.deleteDefinition(trx, actor.tenantId, id);
    await audit(trx, deps.clock, actor, {
      action: 'kpi.deleted',
      object: 'kpi_definition',
      objectId: id,
      note: { before: presentDefinition(row) },
    });
  });
}

/** The first and last day of a month (YYYY-MM). */
export function monthDays(month: string) {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

type Definition = ReturnType<typeof presentDefinition>;

/** A person's definition: their role's, for the deepest unit above them that has one, else the role's default. */
function definitionFor(defs: Definition[], role: string, path: string, unitPaths: Map<string, string>) {
  let best: Definition | undefined;
  let bestDepth = -1;
  for (const def of defs) {
    if (def.role !== role) continue;
    const unitPath = def.orgUnitId === null ? '' : unitPaths.get(def.orgUnitId);
    if (unitPath === undefined || !path.startsWith(unitPath)) continue;
    if (unitPath.length > bestDepth) {
      best = def;
      bestDepth = unitPath.length;
    }
  }
  return best;
}

/**
 * The month's scores of the people of a scope who have a definition, their ranks in their team
 * and city (only where the scope covers the whole team or city), and each team's average.
 */
export async function scores(
  deps: Deps,
  actor: Actor,
  query: { month: string; unitId?: string; userId?: string },
) {
  const { from, to } = monthDays(query.month);
  const { scope, byUser, units } = await countsOfPeople(deps, actor, { ...query, from, to });
  const defs = await listDefinitions(deps, actor);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitPaths = new Map(units.map((u) => [u.id, u.path]));
  const cityOf = (path: string) =>
    path
      .split('/')
      .filter(Boolean)
      .map((id) => unitById.get(id))
      .find((u) => u?.kind === 'city');
  const covers = (path: string) =>
    scope.kind === 'tenant' || (scope.kind === 'unit' && path.startsWith(scope.path!));
  const people = scope.members.flatMap((m) => {
    const def = definitionFor(defs, m.role, m.org_path, unitPaths);
    if (!def || !m.active) return [];
    const result = score(def.metrics, def.cap, byUser.get(m.id) ?? zeroCounts());
    const unit = unitById.get(m.org_unit_id);
    const city = cityOf(m.org_path);
    return [{ member: m, def, result, unit, city }];
  });
  const teamRank = new Map<string, number>();
  const cityRank = new Map<string, number>();
  const group = <K>(keyOf: (p: (typeof people)[number]) => K) => {
    const groups = new Map<K, typeof people>();
    for (const p of people) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
    return groups;
  };
  for (const [unitId, members] of group((p) => p.member.org_unit_id)) {
    if (!covers(unitPaths.get(unitId) ?? '')) continue;
    for (const [p, rank] of ranks(members, (x) => x.result.score)) teamRank.set(p.member.id, rank);
  }
  for (const [city, members] of group((p) => p.city)) {
    if (!city || !covers(city.path)) continue;
    for (const [p, rank] of ranks(members, (x) => x.result.score)) cityRank.set(p.member.id, rank);
  }
  const teams = [...group((p) => p.member.org_unit_id)]
    .filter(([unitId]) => unitById.get(unitId)?.kind === 'team')
    .map(([unitId, members]) => ({
      unitId,
      name: unitById.get(unitId)!.name,
      people: members.length,
      score: Math.round((members.reduce((s, p) => s + p.result.score, 0) / members.length) * 100) / 100,
      city: cityOf(unitPaths.get(unitId)!),
    }));
  const teamCityRank = new Map<string, number>();
  for (const city of new Set(teams.map((t) => t.city))) {
    if (!city || !covers(city.path)) continue;
    const inCity = teams.filter((t) => t.city === city);
    for (const [t, rank] of ranks(inCity, (x) => x.score)) teamCityRank.set(t.unitId, rank);
  }
  return {
    month: query.month,
    people: people
      .map((p) => ({
        userId: p.member.id,
        name: p.member.display_name,
        role: p.member.role,
        unitId: p.member.org_unit_id,
        unitName: p.unit?.name ?? '',
        cityName: p.city?.name ?? null,
        definitionId: p.def.id,
        score: p.result.score,
        teamRank: teamRank.get(p.member.id) ?? null,
        cityRank: cityRank.get(p.member.id) ?? null,
        lines: p.result.lines as Array<
          KpiLine & { metric: KpiMetric; actual: number; ratio: number; points: number }
        >,
      }))
      .sort((a, b) => b.score - a.score || Number(a.userId) - Number(b.userId)),
    teams: teams
      .map(({ city: _city, ...t }) => ({ ...t, cityRank: teamCityRank.get(t.unitId) ?? null }))
      .sort((a, b) => b.score - a.score),
  };
}
