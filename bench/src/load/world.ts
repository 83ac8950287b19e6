import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import pino from 'pino';
import { systemClock } from '../../../server/src/clock.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { createDb, type Db } from '../../../server/src/db/database.ts';
import { inTenant } from '../../../server/src/db/tenant-tx.ts';
import type { CityCentre } from '../../../server/src/demo/stores.ts';
import { createDeps, type Deps } from '../../../server/src/deps.ts';
import type { PoolRules } from '../../../server/src/modules/pool/rules.ts';
import * as org from '../../../server/src/platform/org/service.ts';
import { type Actor, systemActor } from '../../../server/src/platform/roles.ts';
import * as tenants from '../../../server/src/platform/tenants/service.ts';
import { copyRows } from '../db.ts';

export const PASSWORD = 'bench-password-2026';
export const PLATFORM_PASSWORD = 'bench-platform-password';
/** Fixed, so that the bench process and the server under test sign and accept the same tokens. */
export const JWT_SECRET = 'groundwork-bench-secret-not-for-production-use';

const REGION_OF: Record<string, string> = {
  北京市: '华北大区',
  天津市: '华北大区',
  上海市: '华东大区',
  杭州市: '华东大区',
  南京市: '华东大区',
  广州市: '华南大区',
  深圳市: '华南大区',
  成都市: '西南大区',
  重庆市: '西南大区',
  武汉市: '华中大区',
  西安市: '西北大区',
};
const BDS_PER_TEAM = 10;

export interface Bd {
  id: string;
  username: string;
  cityIndex: number;
}

export interface City {
  id: string;
  name: string;
  path: string;
  centres: CityCentre[];
  bds: Bd[];
}

export interface World {
  url: string;
  tenantId: string;
  slug: string;
  poolId: string;
  rules: PoolRules;
  cities: City[];
  bds: Bd[];
  deps: Deps;
  db: Db;
}

/** Deps like the server's own, for the parts of the set-up that go through its services. */
export async function benchDeps(url: string): Promise<Deps> {
  const config = loadConfig({ DATABASE_URL: url, GROUNDWORK_JWT_SECRET: JWT_SECRET });
  const db = createDb(url, { max: 4 });
  return createDeps({ db, clock: systemClock, config, log: pino({ level: 'silent' }) });
}

/**
 * The tenant through the server's own services (tenant, pool, HQ, regions, cities, teams), and its
 * people in bulk: 2,000 argon2 hashes would take minutes, so all share one hash of one password,
 * made with light parameters so that logging in hundreds of them stays quick. Login verifies
 * whatever parameters a hash carries, so nothing on the server's side differs.
 */
export async function createWorld(
  url: string,
  owner: pg.Client,
  centres: CityCentre[],
  bdCount: number,
  slug = 'bench',
): Promise<World> {
  const deps = await benchDeps(url);
  await tenants.ensurePlatform(deps, PLATFORM_PASSWORD);
  const platform = await tenants.findTenantBySlug(deps, 'platform');
  const platformActor: Actor = { ...systemActor(platform!.id, 'bench'), role: 'platform_admin' };
  const { tenant } = await tenants.createTenant(deps, platformActor, {
    slug,
    name: '团购业务（基准测试）',
    template: 'groupbuy',
    admin: { username: 'admin', password: PASSWORD },
  });
  const actor = systemActor(tenant.id, 'bench-seed');

  const byCity = new Map<string, CityCentre[]>();
  for (const centre of centres) {
    const name = centre.city ?? centre.name;
    byCity.set(name, [...(byCity.get(name) ?? []), centre]);
  }
  const totalWeight = centres.reduce((sum, c) => sum + c.weight, 0);
  const cities: City[] = [];
  const teams: Array<{ id: string; cityIndex: number; size: number }> = [];
  await inTenant(deps.db, tenant.id, async (trx) => {
    const root = await org.findRootUnit(trx, tenant.id);
    const regions = new Map<string, { id: string; path: string }>();
    let assigned = 0;
    const names = [...byCity.keys()];
    for (const [index, name] of names.entries()) {
      const regionName = REGION_OF[name] ?? '其他大区';
      let region = regions.get(regionName);
      if (!region) {
        region = await org.createUnitInTx(trx, deps, actor, {
          name: regionName,
          kind: 'region',
          parentId: root!.id,
        });
        regions.set(regionName, region);
      }
      const city = await org.createUnitInTx(trx, deps, actor, { name, kind: 'city', parentId: region.id });
      const cityCentres = byCity.get(name)!;
      // BDs follow the stores: a city with a quarter of the stores has a quarter of the force.
      const weight = cityCentres.reduce((sum, c) => sum + c.weight, 0) / totalWeight;
      const bds = index === names.length - 1 ? bdCount - assigned : Math.max(1, Math.round(bdCount * weight));
      assigned += bds;
      cities.push({ id: city.id, name, path: city.path, centres: cityCentres, bds: [] });
      for (let t = 0; t * BDS_PER_TEAM < bds; t++) {
        const team = await org.createUnitInTx(trx, deps, actor, {
          name: `${name.replace(/市$/, '')}${t + 1}组`,
          kind: 'team',
          parentId: city.id,
        });
        teams.push({ id: team.id, cityIndex: index, size: Math.min(BDS_PER_TEAM, bds - t * BDS_PER_TEAM) });
      }
    }
  });

  const passwordHash = await hash(PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const now = new Date();
  const rows: unknown[][] = [];
  let n = 0;
  for (const [t, team] of teams.entries()) {
    rows.push([tenant.id, team.id, 'bd_manager', `tl${t + 1}`, `组长${t + 1}`, passwordHash, now, now]);
    for (let i = 0; i < team.size; i++) {
      n++;
      const username = `bd${String(n).padStart(4, '0')}`;
      rows.push([tenant.id, team.id, 'bd', username, `业务${n}`, passwordHash, now, now]);
    }
  }
  for (const [c, city] of cities.entries()) {
    rows.push([tenant.id, city.id, 'city_manager', `cm${c + 1}`, `${city.name}经理`, passwordHash, now, now]);
  }
  await copyRows(
    owner,
    'app_user',
    [
      'tenant_id',
      'org_unit_id',
      'role',
      'username',
      'display_name',
      'password_hash',
      'created_at',
      'updated_at',
    ],
    rows,
  );
  const people = await owner.query<{ id: string; username: string; org_unit_id: string }>(
    `select id::text, username, org_unit_id::text from app_user where tenant_id = $1 and role = 'bd' order by id`,
    [tenant.id],
  );
  const cityOfTeam = new Map(teams.map((t) => [t.id, t.cityIndex]));
  const bds: Bd[] = people.rows.map((p) => ({
    id: p.id,
    username: p.username,
    cityIndex: cityOfTeam.get(p.org_unit_id)!,
  }));
  for (const bd of bds) cities[bd.cityIndex]!.bds.push(bd);

  const pool = await owner.query<{ id: string; rules: PoolRules }>(
    'select id::text, rules from pool where tenant_id = $1 order by id limit 1',
    [tenant.id],
  );
  return {
    url,
    tenantId: tenant.id,
    slug,
    poolId: pool.rows[0]!.id,
    rules: pool.rows[0]!.rules,
    cities,
    bds,
    deps,
    db: deps.db,
  };
}
