import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { attrsChecker, type FieldDef, listFields } from '../../platform/fields/service.ts';
import * as org from '../../platform/org/service.ts';
import { type Actor, systemActor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { actorOfJob, type JobRow } from '../jobs/service.ts';
import { areaCode, isHotline, isLocalNumber, normalizePhones } from '../leads/normalize.ts';
import { poolConfig, poolForUnitPath } from '../pool/pools-service.ts';
import { mapHeader } from './columns.ts';
import type { ImportParams } from './process.ts';
import type { Probe } from './repo.ts';
import { type City, cityIndex, type RowContext, type StageRow } from './rows.ts';

/** Everything a job needs to check and write its rows, loaded once per run. */
export interface ImportContext {
  tenantId: string;
  jobId: string;
  actor: Actor;
  leadKind: 'store' | 'brand';
  status: 'public' | 'pending_review';
  rows: RowContext;
  probe: (row: StageRow) => Probe;
}

export async function leadFields(deps: Deps, tenantId: string): Promise<FieldDef[]> {
  return listFields(deps, systemActor(tenantId), 'lead');
}

export async function tenantCities(deps: Deps, tenantId: string) {
  const page = await org.listUnits(deps, systemActor(tenantId), { kind: 'city', limit: 10_000 });
  return page.items.map((u) => ({ id: u.id, name: u.name, path: u.path }));
}

/**
 * What a look-alike must share with a new row for dedup.ts to be asked about the pair: a character
 * bigram of the name's core (Dice over bigrams below 0.6 otherwise), or an identifying number,
 * written with or without its area code. Hotlines identify no store (dedup.ts ignores them too).
 */
export function probeOf(row: StageRow): Probe {
  const chars = [...row.coreName];
  const name = new Set<string>(chars.length < 2 ? chars : []);
  for (let i = 0; i + 1 < chars.length; i++) name.add(chars[i]! + chars[i + 1]!);
  const phones = new Set<string>();
  let loosePhone = false;
  for (const phone of normalizePhones(row.phone)) {
    if (isHotline(phone)) continue;
    phones.add(phone);
    if (isLocalNumber(phone)) loosePhone = true;
    const area = areaCode(phone);
    if (area) phones.add(phone.slice(area.length));
  }
  return { name: [...name], phones: [...phones], loosePhone };
}

export async function loadContext(
  deps: Deps,
  tenantId: string,
  job: JobRow,
  params: ImportParams,
  header: string[],
): Promise<ImportContext> {
  const actor = actorOfJob(tenantId, job);
  const [settings, fields, checkAttrs, cities, pools] = await Promise.all([
    tenantSettings(deps, tenantId),
    leadFields(deps, tenantId),
    attrsChecker(deps, tenantId, 'lead'),
    tenantCities(deps, tenantId),
    poolConfig(deps, tenantId),
  ]);
  const territory = await inTenant(deps.db, tenantId, (trx) => org.territoryOf(trx, actor));
  const findCity = cityIndex(cities);
  const poolIds = new Map<string, string | null>();
  const poolOf = (city: City) => {
    if (!poolIds.has(city.id)) poolIds.set(city.id, poolForUnitPath(pools, city.path)?.id ?? null);
    return poolIds.get(city.id)!;
  };
  return {
    tenantId,
    jobId: job.id,
    actor,
    leadKind: settings.leadKind,
    status: settings.autoApprove ? 'public' : 'pending_review',
    rows: {
      columns: mapHeader(header, fields).columns,
      coordSystem: params.coordSystem,
      defaultCity: params.cityId ? (findCity(params.cityId) ?? null) : null,
      findCity,
      territory: territory ? new Set(territory.cityIds) : null,
      poolOf,
      checkAttrs,
    },
    probe: probeOf,
  };
}
