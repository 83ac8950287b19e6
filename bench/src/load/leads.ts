import type pg from 'pg';
import { createRandom, generateStores } from '../../../server/src/demo/stores.ts';
import {
  greatCircleMeters,
  normalizePhones,
  splitName,
} from '../../../server/src/modules/leads/normalize.ts';
import { computeDeadline } from '../../../server/src/modules/pool/rules.ts';
import { copyRows } from '../db.ts';
import { shuffle } from '../stats.ts';
import type { World } from './world.ts';

const DAY = 86_400_000;
const PENDING_SHARE = 0.01;
const EXEMPT_SHARE = 0.01;
const VISIT_RESULTS = [
  '见到店长，介绍团购方案',
  '店长不在，留了资料',
  '跟进报价',
  '约好下周签约',
  '对佣金有顾虑',
];

/** Everything about the leads that later steps need, by lead index; the rows themselves are streamed. */
export interface LeadPlan {
  count: number;
  firstId: number;
  city: Uint8Array;
  lat: Float64Array;
  lng: Float64Array;
  /** 0 public, 1 private, 2 pending review. */
  status: Uint8Array;
  /** Index into world.bds, -1 for none. */
  owner: Int32Array;
  exempt: Uint8Array;
  claimedAt: Float64Array;
  lastVisitAt: Float64Array;
  deadlineAt: Float64Array;
  reason: Array<string | null>;
  visits: { lead: number[]; at: number[] };
  /** Leads per BD (index into world.bds). */
  held: Int32Array;
  stormCity: number;
  stormBds: number[];
}

/**
 * Decides who holds what: per city ~30 % of the stores are private, shared out to that city's BDs
 * in holdings that vary around the average (a quarter of the claim-storm BDs sit just under the
 * cap, so that the storm meets the cap too). Owners visit their stores often enough that no
 * deadline has passed yet: the sweep scenario moves some into the past itself.
 */
export function planLeads(
  world: World,
  options: { leads: number; privateShare: number; seed: number; stormBds: number },
): LeadPlan {
  const n = options.leads;
  const centres = world.cities.flatMap((c) => c.centres);
  const cityOfCentre = new Map<string, number>();
  for (const [i, city] of world.cities.entries()) for (const c of city.centres) cityOfCentre.set(c.name, i);
  const plan: LeadPlan = {
    count: n,
    firstId: 0,
    city: new Uint8Array(n),
    lat: new Float64Array(n),
    lng: new Float64Array(n),
    status: new Uint8Array(n),
    owner: new Int32Array(n).fill(-1),
    exempt: new Uint8Array(n),
    claimedAt: new Float64Array(n).fill(Number.NaN),
    lastVisitAt: new Float64Array(n).fill(Number.NaN),
    deadlineAt: new Float64Array(n).fill(Number.NaN),
    reason: new Array(n).fill(null),
    visits: { lead: [], at: [] },
    held: new Int32Array(world.bds.length),
    stormCity: 0,
    stormBds: [],
  };
  let i = 0;
  for (const store of generateStores({ count: n, seed: options.seed, centres })) {
    plan.city[i] = cityOfCentre.get(String(store.attrs.businessArea))!;
    plan.lat[i] = store.lat;
    plan.lng[i] = store.lng;
    i++;
  }
  const random = createRandom(options.seed + 1);
  const now = Date.now();
  const rules = world.rules;
  const perCity = world.cities.map(() => [] as number[]);
  for (let k = 0; k < n; k++) perCity[plan.city[k]!]!.push(k);
  plan.stormCity = perCity.reduce((best, leads, c) => (leads.length > perCity[best]!.length ? c : best), 0);
  const bdIndex = new Map(world.bds.map((bd, k) => [bd.id, k]));
  const average = (options.privateShare * n) / world.bds.length;

  for (const [c, leads] of perCity.entries()) {
    shuffle(leads, random);
    const pending = Math.round(leads.length * PENDING_SHARE);
    for (const k of leads.slice(0, pending)) plan.status[k] = 2;
    const candidates = leads.slice(pending, pending + Math.round(leads.length * options.privateShare));
    const bds = world.cities[c]!.bds.map((bd) => bdIndex.get(bd.id)!);
    if (c === plan.stormCity) plan.stormBds = bds.slice(0, options.stormBds);
    const targets = bds.map((b, j) => {
      const nearCap = c === plan.stormCity && j < options.stormBds && j % 4 === 0;
      const target = nearCap ? rules.maxPrivate - 1 - Math.floor(random() * 10) : average * (0.5 + random());
      return [b, Math.min(rules.maxPrivate, Math.round(target))] as const;
    });
    let next = 0;
    for (const [b, target] of targets) {
      for (let t = 0; t < target && next < candidates.length; t++) holdLead(plan, candidates[next++]!, b);
    }
    // More private stores than the targets took: the rest go to whoever has room left.
    for (let j = 0; next < candidates.length && bds.length > 0; j++) {
      const open = bds.filter((b) => plan.held[b]! < rules.maxPrivate);
      if (open.length === 0) break;
      holdLead(plan, candidates[next++]!, open[j % open.length]!);
    }
  }

  for (let k = 0; k < n; k++) {
    if (plan.status[k] !== 1) continue;
    const age = random() * 29.5 * DAY;
    const claimedAt = now - age;
    // Owners who have held a store for two weeks have been by recently, or it would be back in the pool.
    const visits = age > 14 * DAY ? 1 + Math.floor(random() * 3) : Math.floor(random() * 3);
    let last = Number.NaN;
    if (visits > 0) {
      last = age > 14 * DAY ? now - random() * 14.5 * DAY : claimedAt + random() * age;
      const earlier = Array.from({ length: visits - 1 }, () => claimedAt + random() * (last - claimedAt));
      for (const when of [...earlier.sort((a, b) => a - b), last]) {
        plan.visits.lead.push(k);
        plan.visits.at.push(when);
      }
    }
    plan.claimedAt[k] = claimedAt;
    plan.lastVisitAt[k] = last;
    plan.exempt[k] = random() < EXEMPT_SHARE ? 1 : 0;
    const deadline = computeDeadline(
      rules,
      { claimedAt: new Date(claimedAt), lastVisitAt: visits > 0 ? new Date(last) : null, extensionsUsed: 0 },
      plan.exempt[k] ? rules.exemptTags : [],
    );
    plan.deadlineAt[k] = deadline.deadlineAt?.getTime() ?? Number.NaN;
    plan.reason[k] = deadline.reason;
  }
  return plan;
}

function holdLead(plan: LeadPlan, lead: number, bd: number) {
  plan.status[lead] = 1;
  plan.owner[lead] = bd;
  plan.held[bd]!++;
}

const date = (ms: number) => (Number.isNaN(ms) ? null : new Date(ms));
const STATUS = ['public', 'private', 'pending_review'] as const;

/** COPYs the leads, their pool state, history, visits and the BDs' quota counters. */
export async function loadLeads(owner: pg.Client, world: World, plan: LeadPlan, seed: number): Promise<void> {
  const t = world.tenantId;
  const centres = world.cities.flatMap((c) => c.centres);
  const sequence = await owner.query<{ id: string }>(
    `select nextval(pg_get_serial_sequence('lead', 'id'))::text as id`,
  );
  // COPY takes identity values in row order, one writer at a time: lead k gets firstId + k.
  plan.firstId = Number(sequence.rows[0]!.id) + 1;
  const random = createRandom(seed + 2);
  const now = Date.now();
  function* leadRows() {
    let k = 0;
    for (const store of generateStores({ count: plan.count, seed, centres })) {
      const { normalized, core } = splitName(store.name);
      const created = new Date(now - (30 + random() * 370) * DAY);
      yield [
        t,
        'store',
        store.name,
        normalized,
        core || normalized,
        store.phone,
        normalizePhones(store.phone),
        store.address,
        world.cities[plan.city[k]!]!.id,
        store.lat,
        store.lng,
        store.category,
        'crowd',
        plan.exempt[k] ? ['top_merchant'] : [],
        store.attrs,
        created,
        created,
      ];
      k++;
    }
  }
  await copyRows(
    owner,
    'lead',
    [
      'tenant_id',
      'kind',
      'name',
      'normalized_name',
      'core_name',
      'phone',
      'phones',
      'address',
      'city_id',
      'lat',
      'lng',
      'category',
      'channel',
      'tags',
      'attrs',
      'created_at',
      'updated_at',
    ],
    leadRows(),
  );
  const check = await owner.query<{ lo: string; hi: string; n: string }>(
    'select min(id)::text as lo, max(id)::text as hi, count(*)::text as n from lead where tenant_id = $1',
    [t],
  );
  const { lo, hi, n } = check.rows[0]!;
  if (Number(lo) !== plan.firstId || Number(hi) - Number(lo) + 1 !== plan.count || Number(n) !== plan.count)
    throw new Error(`lead ids are not one run from ${plan.firstId}: ${lo}..${hi}, ${n} rows`);

  const id = (k: number) => plan.firstId + k;
  const bdId = (k: number) => world.bds[plan.owner[k]!]!.id;
  const at = new Date(now);
  function* stateRows() {
    for (let k = 0; k < plan.count; k++) {
      const owned = plan.status[k] === 1;
      yield [
        t,
        id(k),
        STATUS[plan.status[k]!],
        world.poolId,
        owned ? bdId(k) : null,
        owned ? date(plan.claimedAt[k]!) : null,
        date(plan.lastVisitAt[k]!),
        date(plan.deadlineAt[k]!),
        plan.reason[k],
        at,
      ];
    }
  }
  await copyRows(
    owner,
    'lead_state',
    [
      'tenant_id',
      'lead_id',
      'status',
      'pool_id',
      'owner_id',
      'claimed_at',
      'last_visit_at',
      'deadline_at',
      'deadline_reason',
      'updated_at',
    ],
    stateRows(),
  );

  function* eventRows() {
    for (let k = 0; k < plan.count; k++) {
      const status = plan.status[k] === 2 ? 'pending_review' : 'public';
      yield [
        t,
        id(k),
        at,
        'system',
        null,
        'bench-seed',
        'created',
        null,
        status,
        null,
        null,
        { channel: 'crowd' },
      ];
      if (plan.status[k] === 1) {
        const bd = world.bds[plan.owner[k]!]!;
        yield [
          t,
          id(k),
          date(plan.claimedAt[k]!),
          'user',
          bd.id,
          bd.username,
          'claimed',
          'public',
          'private',
          null,
          bd.id,
          {},
        ];
      }
    }
  }
  await copyRows(
    owner,
    'lead_event',
    [
      'tenant_id',
      'lead_id',
      'at',
      'actor_kind',
      'actor_id',
      'actor_name',
      'kind',
      'from_status',
      'to_status',
      'from_owner',
      'to_owner',
      'detail',
    ],
    eventRows(),
  );

  function* visitRows() {
    const { lead, at: times } = plan.visits;
    let previous = -1;
    for (let v = 0; v < lead.length; v++) {
      const k = lead[v]!;
      // Phones report a spot a few dozen metres from the door.
      const lat = plan.lat[k]! + (random() - 0.5) * 0.0008;
      const lng = plan.lng[k]! + (random() - 0.5) * 0.0008;
      const when = new Date(times[v]!);
      yield [
        t,
        id(k),
        bdId(k),
        when,
        lat,
        lng,
        greatCircleMeters(lat, lng, plan.lat[k]!, plan.lng[k]!),
        false,
        k === previous ? 'follow_up' : 'first',
        VISIT_RESULTS[Math.floor(random() * VISIT_RESULTS.length)],
        when,
      ];
      previous = k;
    }
  }
  await copyRows(
    owner,
    'visit',
    [
      'tenant_id',
      'lead_id',
      'user_id',
      'at',
      'lat',
      'lng',
      'distance_m',
      'far',
      'kind',
      'result',
      'created_at',
    ],
    visitRows(),
  );

  function* quotaRows() {
    for (const [b, bd] of world.bds.entries()) yield [t, bd.id, plan.held[b]!, null, 0];
  }
  await copyRows(
    owner,
    'pool_quota',
    ['tenant_id', 'user_id', 'private_count', 'claims_day', 'claims_today'],
    quotaRows(),
  );
}
